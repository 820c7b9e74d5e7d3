using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Creates the annotated tag on the commit where the release merged, and only after checking that
/// the tree of that exact commit holds the new version in every reference: a tag never points at a
/// commit whose Makefile still says the previous version.
/// </summary>
public sealed class TagStep : IReleaseStep
{
    public string Name => StepNames.Tag;

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => true;

    public string? WhyNotSkippable => "a release is its tag";

    public StepResult Run(ReleaseContext context)
    {
        var (journal, repository) = (context.Journal, context.Repository);
        var merge = journal.Facts.MergeCommit!;
        if (repository.TagObject(journal.Tag) is { } existing)
        {
            var pointsAt = repository.Resolve("refs/tags/" + journal.Tag)!;
            if (pointsAt != merge)
            {
                throw new SlipwayException(Errors.TagExists, $"{journal.Tag} exists and points at {pointsAt[..7]}, not at the merged release {merge[..7]}",
                    "if that tag is wrong, 'slipway retag' moves it after checking the new commit");
            }

            // Preflight found the tag free, so one on the merged release is this run's (made before a kill recorded it).
            context.Claim("refs/tags/" + journal.Tag, existing);
            return StepResult.Done($"{journal.Tag} already points at {merge[..7]}");
        }

        Create(context, merge);
        return StepResult.Done($"tagged {merge[..7]} as {journal.Tag}");
    }

    /// <summary>Verifies <paramref name="commit"/>'s tree and tags it; SW317 (listing what differs) when the tree does not hold the version.</summary>
    public static void Create(ReleaseContext context, string commit)
    {
        var report = TreeVerifier.Verify(context, commit);
        if (!report.AllHoldExpected)
        {
            throw new SlipwayException(Errors.TreeDoesNotHoldVersion, $"commit {commit[..7]} does not hold {context.Version} in every reference, so it is not tagged",
                "fix the references, merge the fix, then run 'slipway retag' (or 'slipway resume')", TreeVerifier.Failures(report));
        }

        var tag = context.Journal.Tag;
        context.Repository.Tag(tag, commit, context.Render(context.Settings.TagMessage), context.Settings.SignTag);
        CrashPoints.Hit("tag:after-git");
        context.Claim("refs/tags/" + tag, context.Repository.TagObject(tag)!);
    }
}
