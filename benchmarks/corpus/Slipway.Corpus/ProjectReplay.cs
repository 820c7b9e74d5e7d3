using Slipway.Core.Diagnostics;

namespace Slipway.Corpus;

/// <summary>Everything the replay learned of one release.</summary>
/// <remarks>Bump and init are null when the run replays the notes alone (<c>--only notes</c>).</remarks>
internal sealed record ReleaseResult(Release Release, BumpOutcome? Bump, NotesOutcome? Notes, InitOutcome? Init);

/// <summary>One project's replay: its releases, those it could not replay, and the outcome of each.</summary>
internal sealed record ProjectResult(ProjectManifest Project, List<ReleaseResult> Releases, List<Unreplayable> Skipped);

/// <summary>Replays every release of one project, one after the other, in its own clone.</summary>
internal static class ProjectReplay
{
    public static ProjectResult Run(ProjectManifest project, string mirror, string work, string slipway, bool notesOnly, Action<string> progress)
    {
        var clone = WorkClone.Open(project.MirrorPath(mirror), Path.Combine(work, "clones", project.Name), slipway);
        var finder = new ReleaseFinder(project, clone.Git);
        var (releases, skipped) = finder.Find();
        var head = clone.Git.Check("rev-parse", "origin/HEAD").Trim();
        var results = new List<ReleaseResult>();
        foreach (var release in releases)
        {
            var config = EraConfig.Load(project, release.Era, finder.Config(release.Era));
            try
            {
                var notesFiles = project.Notes is { } manifest
                    ? manifest.Copies.Append(manifest.File).Select(f => f.Replace("{version}", release.Version.ToString(), StringComparison.Ordinal)).ToList()
                    : [];
                var generated = project.Generated.Select(g => new Slipway.Core.Files.Glob(g)).ToList();
                var bump = notesOnly ? null : BumpReplay.Run(clone, release, config, notesFiles, path => generated.Any(g => g.IsMatch(path)));
                var settings = finder.Config(release.Era).Notes;
                var listsPullRequests = settings.Template is null && settings.Style == Slipway.Core.Configuration.NotesStyles.WhatsChanged;
                var notes = NotesReplay.Run(clone, project, release, head, config, listsPullRequests);
                var init = bump is null ? null : InitReplay.Run(clone, release, bump.RealVersionLines);
                results.Add(new ReleaseResult(release, bump, notes, init));
                progress($"{project.Name} {release.Tag}: {(bump is null ? "bump not replayed" : bump.Reproduced ? "reproduced" : "NOT reproduced")}"
                    + (notes is null ? string.Empty : $", notes {notes.Found.Count}/{notes.Real.Count} found, {notes.Exact} exact, {notes.Extra.Count} extra")
                    + (init is null ? string.Empty : $", init {init.Proposed}/{init.Lines}"));
            }
            catch (SlipwayException e)
            {
                skipped.Add(new Unreplayable(release.Tag, "git failed: " + e.Message));
            }
        }

        return new ProjectResult(project, Forgotten(results), skipped);
    }

    // A line Slipway set that the release left alone, where a later release did update a line of
    // the same shape in the same file: the project keeps it as a reference, and this release forgot it.
    // The shape ignores spacing: a generated table (a Helm chart's README) pads its columns anew
    // whenever a longer cell comes or goes, and the row is the same reference.
    internal static List<ReleaseResult> Forgotten(List<ReleaseResult> results)
    {
        for (var i = 0; i + 1 < results.Count; i++)
        {
            if (results[i].Bump is not { } bump)
            {
                continue;
            }

            var next = results.Skip(i + 1).Select(r => r.Bump).OfType<BumpOutcome>().SelectMany(b => b.RealVersionLines.Concat(b.Matched)).ToList();
            var forgotten = bump.Extra.Where(e => next.Any(n => n.File == e.File && LineChanges.Shape(n.Old) == LineChanges.Shape(e.Old))).ToList();
            if (forgotten.Count > 0)
            {
                results[i] = results[i] with { Bump = bump with { Extra = bump.Extra.Except(forgotten).ToList(), Forgotten = forgotten } };
            }
        }

        return results;
    }
}
