using System.CommandLine;
using Slipway.Cli.Infrastructure;
using Slipway.Core.Diagnostics;
using Slipway.Core.Release;
using Slipway.Core.Release.Steps;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway tag [VERSION]</c>: create the annotated release tag on a commit, after checking its tree holds the version.</summary>
internal sealed class TagCommand(CommandContext context) : ICliCommand
{
    private readonly Argument<string?> _version = new("VERSION") { Description = "The version to tag (default: the one the references hold)", Arity = ArgumentArity.ZeroOrOne };
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
            var release = new ReleaseSession(run).Context(Adhoc.Journal(run, version));
            var commit = release.Reader.Resolve(parse.GetValue(_commit)!) ?? throw new SlipwayException(Errors.Usage, $"'{parse.GetValue(_commit)}' is not a commit");
            if (release.Reader.LocalTag(release.Journal.Tag) is not null)
            {
                throw new SlipwayException(Errors.TagExists, $"the tag {release.Journal.Tag} already exists", "to move it after a fix, use 'slipway retag'");
            }

            TagStep.Create(release, commit);
            run.Out.WriteLine($"Tagged {commit[..7]} as {release.Journal.Tag}.");
            if (parse.GetValue(_push))
            {
                release.Writer.Push(release.Journal.Remote, "refs/tags/" + release.Journal.Tag);
                run.Out.WriteLine($"Pushed {release.Journal.Tag} to {release.Journal.Remote}.");
            }

            return 0;
        });
        return command;
    }
}

/// <summary>A journal for commands that act outside a release run (tag, retag without a journal): never saved.</summary>
internal static class Adhoc
{
    public static ReleaseJournal Journal(Invocation run, Core.Versioning.SemVersion version) => new()
    {
        Project = run.Config.Name,
        Version = version.ToString(),
        Tag = run.Config.Tag.TagFor(version),
        Kind = version.IsPreRelease ? "prerelease" : "final",
        Base = run.Config.Release.Base,
        Branch = run.Config.Release.Branch,
        Remote = run.Config.Release.Remote,
        Created = DateTimeOffset.UtcNow,
    };
}
