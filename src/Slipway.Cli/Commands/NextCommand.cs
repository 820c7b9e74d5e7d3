using System.CommandLine;
using System.Text.Json;
using Slipway.Cli.Infrastructure;
using Slipway.Cli.Output;
using Slipway.Core.Diagnostics;
using Slipway.Core.Planning;
using Spectre.Console;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway next</c>: the next version from the commits since the previous release, with the commits that decided it.</summary>
internal sealed class NextCommand(CommandContext context) : ICliCommand
{
    private readonly Option<string?> _pre = new("--pre") { Description = "A pre-release label (rc, beta…): the next pre-release, continuing a running series", HelpName = "LABEL" };

    public Command Build()
    {
        var command = new Command("next", "Compute the next version from the commits since the previous release, and say why");
        command.Options.Add(_pre);
        command.SetAction(parse => Run(context.Open(parse), parse.GetValue(_pre)));
        return command;
    }

    private static int Run(Invocation run, string? preLabel)
    {
        if (preLabel is not null && (preLabel.Length == 0 || !preLabel.All(c => char.IsAsciiLetter(c) || c == '-')))
        {
            throw new SlipwayException(Errors.Usage, $"--pre {preLabel}: a label is letters, such as rc, beta or alpha");
        }

        var tags = Core.Notes.RangeResolver.StartListing(run.Git(Path.GetDirectoryName(run.ConfigPath)));
        var next = new TargetVersion(run.Config, run.Git()).Next(preLabel, CurrentVersion.OfReferences(run), tags);
        foreach (var warning in next.Warnings)
        {
            run.Warn(warning);
        }

        var result = next.Result;
        if (next.IsEmpty)
        {
            throw new SlipwayException(Errors.NothingToRelease, $"nothing to release: no change since {result.PreviousTag}",
                "'slipway release VERSION --allow-empty' makes a release without changes (a rebuild)");
        }

        if (run.Json)
        {
            var json = new NextJson(result.Version.ToString(), result.Previous?.ToString(), result.PreviousTag, result.Level, result.Changes,
                result.Reasons.Select(r => new ReasonJson(r.ShortSha, r.Title, r.Effect)).ToList(),
                result.RaisedBy is { } floor ? new NextApiJson(result.FromCommits!.ToString(), floor.Version.ToString(), floor.Level, floor.Reason, floor.Details) : null);
            run.Out.WriteLine(JsonSerializer.Serialize(json, SlipwayJson.Output.NextJson));
            return 0;
        }

        run.Out.WriteLine(result.Version.ToString());
        var since = result.PreviousTag is null ? "in the whole history (no release yet)" : $"since {result.PreviousTag}";
        run.ErrorConsole.MarkupLine(Shown.Markup($"{result.Level}: {result.Changes} change(s) {since}"));
        foreach (var reason in result.Reasons.Take(10))
        {
            run.ErrorConsole.MarkupLine($"  [grey]{reason.ShortSha}[/] {Shown.Markup(reason.Title)} [grey]({Shown.Markup(reason.Effect)})[/]");
        }

        if (result.Reasons.Count > 10)
        {
            run.ErrorConsole.MarkupLine($"  [grey]… and {result.Reasons.Count - 10} more[/]");
        }

        if (result.RaisedBy is { } raised)
        {
            run.ErrorConsole.MarkupLine(Shown.Markup($"the commits alone call for {result.FromCommits}; the CRD changes need {raised.Version} or later (the release refuses less):"));
            foreach (var finding in raised.Details.Take(10))
            {
                run.ErrorConsole.MarkupLine($"  {Shown.Markup(finding)}");
            }

            if (raised.Details.Count > 10)
            {
                run.ErrorConsole.MarkupLine($"  [grey]… and {raised.Details.Count - 10} more[/]");
            }
        }

        return 0;
    }
}
