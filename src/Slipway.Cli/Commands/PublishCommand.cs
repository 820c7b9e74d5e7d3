using System.CommandLine;
using System.Text.Json;
using Slipway.Cli.Infrastructure;
using Slipway.Cli.Output;
using Slipway.Core.Diagnostics;
using Slipway.Core.Git;
using Slipway.Core.Release;
using Slipway.Core.Versioning;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway publish</c>: create or update the GitHub release of an existing tag with the release notes (the release's publish step, alone).</summary>
internal sealed class PublishCommand(CommandContext context) : ICliCommand
{
    private readonly Option<string?> _version = new Option<string?>("--version") { Description = "The version whose tag to publish (default: the version the references hold)", HelpName = "VERSION" }.TaggedVersions(context);
    private readonly Option<string?> _tag = new("--tag") { Description = "The tag to publish", HelpName = "TAG" };
    private readonly Option<bool> _dryRun = new("--dry-run", "-n") { Description = "Print the release that would be published, and change nothing" };

    public Command Build()
    {
        var command = new Command("publish", "Create or update the GitHub release of a tag with the release notes");
        foreach (var option in new Option[] { _version, _tag, _dryRun })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (result.GetValue(_version) is not null && result.GetValue(_tag) is not null)
            {
                result.AddError("give --version or --tag, not both");
            }
        });
        command.SetAction(parse => Run(context.Open(parse), parse));
        return command;
    }

    private int Run(Invocation run, ParseResult parse)
    {
        // The GitHub release of a tag is the repository's state too: two publishes at once would race to create it.
        using var writing = parse.GetValue(_dryRun) ? null : run.LockForWriting("publish");
        var version = Version(run, parse);
        var tag = run.Config.Tag.TagFor(version);
        if (new GitReader(run.Git()).LocalTag(tag) is null)
        {
            throw new SlipwayException(Errors.Usage, $"the tag {tag} does not exist in this repository",
                "publish an existing tag: make it with 'slipway tag' (or a release), or fetch it with 'git fetch --tags'");
        }

        var access = run.Forge();
        var dryRun = parse.GetValue(_dryRun);
        var purpose = $"publish the {access.Name} release of {tag}";
        var repository = access.RequireRepository(purpose).Url;
        var forge = dryRun ? access.Client : access.Require(purpose);
        var notes = ReleasePublisher.Draft(run.Config, run.Git(), version, tag, access);
        var draft = notes.Draft;
        if (dryRun)
        {
            var existing = forge?.ReleaseFor(tag);
            var action = forge is null ? "create or update" : existing is null ? "create" : "update";
            Report(run, new PublishJson(tag, repository, action, true, draft.PreRelease, notes.LoginsResolved, existing?.Id, existing?.WebUrl, draft.Body),
                $"Would {action} the {access.Name} release {tag} of {repository}{(draft.PreRelease ? " (pre-release)" : string.Empty)}. Nothing is changed (--dry-run).");
            if (forge is null)
            {
                run.Note($"no {access.Name} token: publishing needs one ({access.CredentialsHint})");
            }

            return 0;
        }

        var outcome = ReleasePublisher.Publish(forge!, draft);
        var verb = outcome.Created ? "created" : "updated";
        Report(run, new PublishJson(tag, repository, verb, false, draft.PreRelease, notes.LoginsResolved, outcome.Release.Id, outcome.Release.WebUrl, draft.Body),
            $"{char.ToUpperInvariant(verb[0])}{verb[1..]} the {access.Name} release {tag}{(draft.PreRelease ? " (pre-release)" : string.Empty)}: {outcome.Release.WebUrl}");
        return 0;
    }

    private SemVersion Version(Invocation run, ParseResult parse)
    {
        if (parse.GetValue(_tag) is { } tag)
        {
            return run.Config.Tag.VersionOf(tag) ?? throw new SlipwayException(Errors.Usage, $"--tag {tag} does not name a version under the tag template '{run.Config.Tag.Source}'");
        }

        return parse.GetValue(_version) is { } given ? VersionArgument.Parse(given, "--version")
            : CurrentVersion.OfReferences(run) ?? throw new SlipwayException(Errors.NoCurrentVersion, "the references do not agree on a version to publish", "name it: slipway publish --version VERSION");
    }

    private static void Report(Invocation run, PublishJson result, string summary)
    {
        if (run.Json)
        {
            run.Out.WriteLine(JsonSerializer.Serialize(result, SlipwayJson.Output.PublishJson));
            return;
        }

        run.Out.WriteLine(summary);
        if (result.DryRun)
        {
            run.Out.WriteLine();
            run.Out.Write(result.Body);
        }
    }
}
