using Slipway.Core.Configuration;
using Slipway.Core.Notes;
using Slipway.Core.Release.Actions;
using Slipway.Core.Release.Journal;
using Slipway.Core.Templates;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Writes the release notes into the configured notes.file, to go in the release commit: a file of
/// their own (bpfman's changelogs/CHANGELOG-v{version}.md), or above the earlier releases of one
/// CHANGELOG.md (<see cref="ChangelogFile"/>).
/// </summary>
public sealed class NotesStep : IReleaseStep
{
    public string Name => StepNames.Notes;

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => config.Notes.File is not null;

    public StepResult Run(ReleaseContext context)
    {
        var repository = context.Repository;
        var head = repository.Resolve("HEAD")!;
        var generator = new ReleaseNotesGenerator(new NotesInputs(context.Config, repository.History) { Forge = new(context.Forge.Repository) }.WithClient(context.Forge.Client));
        var notices = Api.ApiRelease.NoticesFor(context.Config, repository.History, context.Forge.Repository);
        var notes = generator.Generate(new NotesRequest(context.Version) { To = head, NoticesFor = notices });
        var values = NotesPlaceholders.For(new ReleaseRange(context.Version, context.Journal.Tag, null, head, context.Previous, context.Journal.PreviousTag, []), null);
        var path = ValueTemplate.Parse(context.Config.Notes.File!, Placeholders.Notes).Render(values);
        ConfiguredPath.Resolve(context.Config.Root, path, "notes.file");

        // Checked lexically above; here through the work tree's guard as well (the dry run too, so it
        // fails where the real run does): a symbolic link must not lead the notes out of the repository or into .git.
        Files.WorkTree.Containing(context.Config.Root).Require(context.Config.Root, path);
        var template = context.Config.Notes.File!;
        var old = ChangelogFile.Read(template, repository.WorkTree.Read(path), path);
        repository.WriteFile(new WriteFile(path, old, ChangelogFile.Written(template, old, notes.Text, context.Version, context.Journal.Tag)));
        return StepResult.Done($"wrote {path} ({notes.Model.Changes.Count} change(s) since {notes.Model.PreviousTag ?? "the first commit"})");
    }
}
