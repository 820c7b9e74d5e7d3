using Slipway.Core.Diagnostics;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Applies the commits of a patch release on its branch (git cherry-pick -x, which records where each
/// came from). A conflict stops the run with the files named; after the person resolves them and
/// stages the result, resume continues the cherry-pick and picks the rest.
/// </summary>
public sealed class CherryPickStep : IReleaseStep
{
    public string Name => StepNames.CherryPick;

    public StepResult Run(ReleaseContext context)
    {
        if (context.Reader.CherryPickInProgress())
        {
            ThrowIfConflicted(context, "the cherry-pick in progress");
            context.Writer.ContinueCherryPick();
        }

        var picked = new List<string>();
        var baseCommit = context.Journal.Fact(ReleaseFacts.BaseCommit)!;
        foreach (var commit in context.Journal.CherryPicks)
        {
            var full = context.Reader.Resolve(commit)
                ?? throw new SlipwayException(Errors.Usage, $"--cherry-pick {commit} is not a commit of this repository", "fetch it first (git fetch), then run 'slipway resume'");
            if (AlreadyPicked(context, baseCommit, full))
            {
                continue;
            }

            if (!context.Writer.CherryPick(full))
            {
                ThrowIfConflicted(context, $"the cherry-pick of {full[..7]} ({context.Reader.Subject(full)})");
                throw new SlipwayException(Errors.GitFailed, $"git cherry-pick {full[..7]} failed without a conflict", "see git status");
            }

            picked.Add(full[..7]);
            context.Claim(BranchRef(context), context.Reader.Resolve("HEAD")!);
        }

        if (picked.Count > 0 || context.Journal.CreatedRefs.ContainsKey(BranchRef(context)))
        {
            context.Claim(BranchRef(context), context.Reader.Resolve("HEAD")!);
        }

        return StepResult.Done(picked.Count == 0 ? "nothing left to pick" : $"picked {string.Join(", ", picked)}");
    }

    private static string BranchRef(ReleaseContext context) => "refs/heads/" + context.Journal.Branch;

    private static bool AlreadyPicked(ReleaseContext context, string baseCommit, string commit) =>
        context.Reader.Commits($"{baseCommit}..HEAD", "--format=%B").Any(line => line.Contains($"(cherry picked from commit {commit})", StringComparison.Ordinal))
        || context.Reader.IsAncestor(commit, "HEAD");

    private static void ThrowIfConflicted(ReleaseContext context, string what)
    {
        var conflicts = context.Reader.Conflicts();
        if (conflicts.Count > 0)
        {
            throw new SlipwayException(Errors.Conflict, $"{what} stopped on a conflict in {conflicts.Count} file(s)",
                "resolve them, stage the result (git add), then run 'slipway resume'", conflicts.ToList());
        }
    }
}
