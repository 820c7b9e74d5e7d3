using System.CommandLine;
using Slipway.Cli.Infrastructure;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway resume</c>: continue the release in progress from its first step not yet done.</summary>
internal sealed class ResumeCommand(CommandContext context) : ICliCommand
{
    private readonly Option<string?> _version = new("--version") { Description = "The release to resume, when several are in progress", HelpName = "VERSION" };

    public Command Build()
    {
        var command = new Command("resume", "Continue the release in progress after any stop: a failed check that now passes, a merged PR, a killed process");
        command.Options.Add(_version);
        command.SetAction(parse =>
        {
            var run = context.Open(parse);
            var session = new ReleaseSession(run);
            return session.Run(session.Store.Current(JournalTag.For(run, parse.GetValue(_version))));
        });
        return command;
    }
}

/// <summary>The journal name (the tag) for a --version option.</summary>
internal static class JournalTag
{
    public static string? For(Invocation run, string? version) =>
        version is null ? null : run.Config.Tag.TagFor(VersionArgument.Parse(version, "--version"));
}
