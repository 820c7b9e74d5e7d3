using Slipway.Core.Files;
using Slipway.Core.Notes;
using Slipway.Core.Templates;

namespace Slipway.Core.Release.Steps;

/// <summary>Writes the release notes into the configured notes.file (bpfman's changelogs/CHANGELOG-v{version}.md), to go in the release commit.</summary>
public sealed class NotesStep : IReleaseStep
{
    public string Name => StepNames.Notes;

    public StepResult Run(ReleaseContext context)
    {
        var template = context.Config.Notes.File!;
        var result = new ReleaseNotesGenerator(context.Config, context.Git, contributors: context.GitHub.Client is { } client ? new Forges.GitHub.GitHubContributors(client) : null).Generate(new NotesRequest(context.Version) { To = "HEAD" });
        var values = NotesPlaceholders.For(new ReleaseRange(context.Version, context.Journal.Tag, null, "HEAD", context.Previous, context.Journal.PreviousTag, []), null);
        var path = ValueTemplate.Parse(template, Placeholders.Notes).Render(values);
        Configuration.ConfiguredPath.Resolve(context.Config.Root, path, "notes.file");

        // All or nothing, and only inside the work tree: the writer's guard refuses a link that leads elsewhere.
        new AtomicFileWriter(context.Config.Root, StateDirectory.For(context.Config.Root), "release").Write([FileWrite.Over(path, result.Write)]);
        return StepResult.Done($"wrote {path} ({result.Model.Changes.Count} change(s) since {result.Model.PreviousTag ?? "the first commit"})");
    }
}
