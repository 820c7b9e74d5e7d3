using Slipway.Core.Configuration;
using Slipway.Core.Planning;
using Slipway.Core.Release.Steps;

namespace Slipway.Core.Release;

/// <summary>One step as a dry run shows it: what it would do, and the diffs of the files it would edit.</summary>
public sealed record PreviewStep(string Name, bool Skipped, IReadOnlyList<string> Lines, IReadOnlyList<string> Diffs);

/// <summary>Describes every step of a release plan without changing anything: the output of --dry-run.</summary>
public static class ReleasePreview
{
    public static IReadOnlyList<PreviewStep> Describe(ReleaseContext context)
    {
        var plan = ReleasePlan.For(context.Config, context.Journal);
        var journal = context.Journal;
        var settings = context.Settings;
        var bump = BumpStep.Plan(context);
        var pins = settings.Pins.Count > 0 ? PinsStep.Plan(context, release: true) : null;
        var preview = new List<PreviewStep>();
        foreach (var step in plan.Steps)
        {
            var (lines, diffs) = step.Name switch
            {
                StepNames.Preflight => (["check: clean work tree, on " + (journal.PatchOf ?? journal.Base) + ", in step with " + context.RemoteBase + $", tag {journal.Tag} free locally and on {journal.Remote}, references agree, {journal.Version} newer than the last release"], []),
                StepNames.Branch => (Lines(journal.PatchOf is { } p ? $"create {journal.Base} from {p} (pushed if {journal.Remote} lacks it)" : null, $"create {journal.Branch} from {journal.Base}"), []),
                StepNames.CherryPick => (journal.CherryPicks.Select(c => $"git cherry-pick -x {c}").ToList(), []),
                StepNames.Bump => (Changes(bump, $"set {journal.Version}"), Diffs(bump)),
                StepNames.Pins => (Changes(pins!, "set release values"), Diffs(pins!)),
                StepNames.Copies => (Copies(context), []),
                StepNames.AfterBump => (settings.AfterBump.Select(c => "$ " + context.Render(c.Run)).ToList(), []),
                StepNames.Checks => (settings.Checks.Select(c => "$ " + context.Render(c.Run) + (c.Expect is { } e ? $"   (output must contain '{context.Render(e)}')" : string.Empty)).ToList(), []),
                StepNames.Notes => ([$"write {context.Config.Notes.File} for {journal.Version}"], []),
                StepNames.Commit => (CommitMessage(context, bump, pins), []),
                StepNames.Push => ([$"git push {journal.Remote} {journal.Branch}"], []),
                StepNames.PullRequest => ([PullRequest(context)], []),
                StepNames.Tag => ([$"verify the merged commit holds {journal.Version} in every reference, then tag it {journal.Tag}: \"{context.Render(settings.TagMessage)}\""], []),
                StepNames.PushTag => ([$"git push {journal.Remote} {journal.Tag}"], []),
                StepNames.Artifacts => (Artifacts(context), []),
                StepNames.Publish => ([$"create or update the GitHub release {journal.Tag} of {context.GitHub.Repository?.Url ?? "(repository not known: set forge.repository)"} with the release notes{(context.Version.IsPreRelease ? ", marked pre-release" : string.Empty)}"], []),
                StepNames.PostRelease => ([settings.PostRelease == PostReleaseMode.Push ? $"restore the pins' after values and push {journal.Base}" : $"restore the pins' after values on {PostReleaseStep.BranchName(journal)}, push it, and wait until it is merged"], []),
                _ => (Manual(context, step.Name), []),
            };
            preview.Add(new PreviewStep(step.Name, plan.Skipped.Contains(step.Name), lines, diffs));
        }

        return preview;
    }

    private static string PullRequest(ReleaseContext context)
    {
        var journal = context.Journal;
        return context.GitHub.Client is null
            ? $"wait until a pull request from {journal.Branch} into {journal.Base} is merged"
            : $"open (or find) the pull request \"{context.Render(context.Settings.PullRequestTitle)}\" from {journal.Branch} into {journal.Base} on {context.GitHub.Repository!.Url}, and wait until it is merged";
    }

    private static List<string> Lines(params string?[] lines) => lines.OfType<string>().ToList();

    private static List<string> Changes(BumpPlan plan, string what) => plan.IsEmpty
        ? ["nothing to change"]
        : plan.Changes.Select(c => $"{c.Path}:{c.Line}:{c.Column}: {c.OldValue} → {c.NewValue}").Prepend($"{what}: {plan.Changes.Count} value(s) in {plan.Edits.Count} file(s)").ToList();

    private static List<string> Diffs(BumpPlan plan) => plan.Edits.Select(e => UnifiedDiff.Create(e.Path, e.OriginalText, e.NewText)).ToList();

    private static List<string> Copies(ReleaseContext context) => context.Previous is null
        ? ["no previous release to copy from"]
        : context.Settings.Copies.Select(copy =>
        {
            var (from, to) = (context.Render(copy.From), context.Render(copy.To));
            ConfiguredPath.Resolve(context.Config.Root, from, copy.Label + ".from");
            return Directory.Exists(ConfiguredPath.Resolve(context.Config.Root, to, copy.Label + ".to"))
                ? $"{to} already exists: left alone"
                : $"copy {from} to {to}, rewriting {context.Previous} and {context.Config.Tag.TagFor(context.Previous)} to {context.Version} and {context.Journal.Tag}";
        }).ToList();

    private static List<string> CommitMessage(ReleaseContext context, BumpPlan bump, BumpPlan? pins)
    {
        var files = bump.Edits.Concat(pins?.Edits ?? []).Select(e => e.Path).Distinct().ToList();
        var message = CommitStep.Message(context, CommitStep.Changes(context, files));
        return [$"git commit{(context.Settings.Signoff ? " --signoff" : string.Empty)} (with the files the commands above change):", .. message.TrimEnd().Split('\n').Select(l => "  " + l)];
    }

    private static List<string> Artifacts(ReleaseContext context)
    {
        var wait = context.Settings.ArtifactsWait;
        var checks = Registries.ArtifactCheck.For(context.Config.Artifacts, context.Version, context.Journal.Tag);
        return checks.Select(c => $"check {c.Kind.ToString().ToLowerInvariant()} {c.Reference}{(c.Platforms.Count > 0 ? $" ({string.Join(", ", c.Platforms)})" : string.Empty)}")
            .Prepend(wait > TimeSpan.Zero ? $"check {checks.Count} artifact(s), polling for up to {wait.TotalMinutes:0.#} min until CI has published them" : $"check {checks.Count} artifact(s) once; wait for 'slipway resume' if CI has not published them yet")
            .ToList();
    }

    private static List<string> Manual(ReleaseContext context, string name) =>
        context.Settings.Steps.Where(s => s.Name == name).Select(s => $"wait until a person does: {context.Render(s.Text)}").ToList();
}
