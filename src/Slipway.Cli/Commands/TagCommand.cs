using System.CommandLine;
using System.Text.Json;
using Slipway.Cli.Infrastructure;
using Slipway.Cli.Output;
using Slipway.Core.Diagnostics;
using Slipway.Core.Release;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway tag [VERSION]</c>: create the annotated release tag on a commit, after checking its tree holds the version.</summary>
internal sealed class TagCommand(CommandContext context) : ICliCommand
{
    private readonly Argument<string?> _version = new Argument<string?>("VERSION") { Description = "The version to tag (default: the one the references hold)", Arity = ArgumentArity.ZeroOrOne }.VersionsToTag(context);
    private readonly Option<string> _commit = new("--commit") { Description = "The commit to tag", HelpName = "REV", DefaultValueFactory = _ => "HEAD" };
    private readonly Option<bool> _push = new("--push") { Description = "Push the tag to the remote" };

    public Command Build()
    {
        var command = new Command("tag", "Tag a commit (annotated) after verifying that its tree holds the version in every reference");
        command.Arguments.Add(_version);
        command.Options.Add(_commit);
        command.Options.Add(_push);
        command.SetAction(parse =>
        {
            var run = context.Open(parse);
            using var writing = run.LockForWriting("tag");
            var version = parse.GetValue(_version) is { } given ? VersionArgument.Parse(given, "tag") : CurrentVersion.OfReferences(run)
                ?? throw new SlipwayException(Errors.NoCurrentVersion, "the references do not agree on a version to tag", "name it: slipway tag VERSION");
            var tagged = run.ReleaseService().Tag(version, parse.GetValue(_commit)!, parse.GetValue(_push));
            if (run.Json)
            {
                run.Out.WriteLine(JsonSerializer.Serialize(new TagJson(tagged.Tag, version.ToString(), tagged.Commit, tagged.PushedTo), SlipwayJson.Output.TagJson));
                return 0;
            }

            run.Out.WriteLine($"Tagged {tagged.Commit[..7]} as {tagged.Tag}.");
            if (tagged.PushedTo is { } remote)
            {
                run.Out.WriteLine($"Pushed {tagged.Tag} to {remote}.");
            }

            return 0;
        });
        return command;
    }
}
