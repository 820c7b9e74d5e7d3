using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Applies the commits of a patch release on its branch (git cherry-pick -x, which records where each
/// came from). A conflict stops the run with the files named; after the person resolves them and
/// stages the result, resume continues the cherry-pick and picks the rest.
/// </summary>
public sealed class CherryPickStep : IReleaseStep
{
    public string Name => StepNames.CherryPick;

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => journal.Kind == ReleaseKind.Patch && journal.CherryPicks.Count > 0;

    public string? WhyNotSkippable => "a patch release is its cherry-picks; to release without them, abort and start again without --cherry-pick";

    public StepResult Run(ReleaseContext context)
    {
        var (journal, repository) = (context.Journal, context.Repository);
        var branchRef = "refs/heads/" + journal.Branch;
        if (repository.CherryPickInProgress())
        {
            ThrowIfConflicted(context, "the cherry-pick in progress");
            repository.ContinueCherryPick();
            context.Claim(branchRef, repository.Resolve("HEAD")!);
        }

        var picked = new List<string>();
        foreach (var commit in journal.CherryPicks)
        {
            var full = repository.Resolve(commit)
                ?? throw new SlipwayException(Errors.Usage, $"--cherry-pick {commit} is not a commit of this repository", "fetch it first (git fetch), then run 'slipway resume'");
            if (AlreadyPicked(context, journal.Facts.BaseCommit!, full))
            {
                continue;
            }

            if (!repository.CherryPick(full))
            {
                ThrowIfConflicted(context, $"the cherry-pick of {full[..7]} ({repository.Subject(full)})");
                throw new SlipwayException(Errors.GitFailed, $"git cherry-pick {full[..7]} failed without a conflict", "see git status");
            }

            picked.Add(full[..7]);
            context.Claim(branchRef, repository.Resolve("HEAD")!);
        }

        return StepResult.Done(picked.Count == 0 ? "nothing left to pick" : $"picked {string.Join(", ", picked)}");
    }

    private static bool AlreadyPicked(ReleaseContext context, string baseCommit, string commit) =>
        context.Repository.Commits(baseCommit, "HEAD", firstParent: false).Any(c => context.Repository.Message(c).Contains($"(cherry picked from commit {commit})", StringComparison.Ordinal))
        || context.Repository.IsAncestor(commit, "HEAD");

    private static void ThrowIfConflicted(ReleaseContext context, string what)
    {
        var conflicts = context.Repository.Conflicts();
        if (conflicts.Count > 0)
        {
            throw new SlipwayException(Errors.Conflict, $"{what} stopped on a conflict in {conflicts.Count} file(s)",
                "resolve them, stage the result (git add), then run 'slipway resume'", conflicts.ToList());
        }
    }
}
