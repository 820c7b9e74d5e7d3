using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Planning;
using Slipway.Core.References;
using Slipway.Core.Release.Journal;
using Slipway.Core.Versioning;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Refuses to start a release that would go wrong: uncommitted changes, the wrong branch, a branch
/// out of step with its remote, a tag or a release branch that already exists, references that
/// disagree, a version that is not newer than the last release, or a publish step that would find
/// no forge token after the tag is out. Each refusal says what to do.
/// It only reads (and fetches), so a dry run runs it for real.
/// </summary>
public sealed class PreflightStep : IReleaseStep
{
    public string Name => StepNames.Preflight;

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => true;

    public bool OnlyChecks => true;

    public string? WhyNotSkippable => "it checks that the release starts from a clean, up-to-date base with a new version; fix what it reports and resume";

    public StepResult Run(ReleaseContext context)
    {
        var (journal, repository) = (context.Journal, context.Repository);
        var changes = repository.Changes();
        if (changes.Count > 0)
        {
            throw new SlipwayException(Errors.DirtyWorkTree, $"the work tree has {changes.Count} uncommitted change(s); a release starts from a clean tree",
                "commit or stash them (git stash --include-untracked), then run the release again", changes.Take(10).ToList());
        }

        var patch = journal.Kind == ReleaseKind.Patch;
        var current = repository.CurrentBranch();
        if (!patch && current != journal.Base)
        {
            throw new SlipwayException(Errors.WrongBranch, $"the release starts from '{journal.Base}', but '{current ?? "a detached HEAD"}' is checked out",
                $"git switch {journal.Base}, then run the release again");
        }

        repository.Fetch(journal.Remote);
        if (!patch)
        {
            CheckInStep(context);
        }

        CheckTagIsFree(context);
        CheckBranchIsFree(context);
        CheckPublishCanRun(context);
        var version = CheckReferences(context);
        CheckNewer(context);
        var at = patch ? journal.PatchOf! : journal.Base;
        return StepResult.Done($"clean tree on {at}, {(patch ? "patching " + journal.PatchOf : "in step with " + context.RemoteBase)}, tag {journal.Tag} free, references agree on {version}");
    }

    private static void CheckInStep(ReleaseContext context)
    {
        var (journal, repository) = (context.Journal, context.Repository);
        var local = repository.Resolve(journal.Base)!;
        var remote = repository.Resolve(context.RemoteBase)
            ?? throw new SlipwayException(Errors.OutOfDate, $"the remote '{journal.Remote}' has no branch '{journal.Base}'", $"push it first: git push {journal.Remote} {journal.Base}");
        if (local == remote)
        {
            journal.Facts.BaseCommit = local;
            return;
        }

        var (message, hint) = (repository.IsAncestor(local, remote), repository.IsAncestor(remote, local)) switch
        {
            (true, _) => ($"'{journal.Base}' is behind {context.RemoteBase}", $"git pull --ff-only {journal.Remote} {journal.Base}"),
            (_, true) => ($"'{journal.Base}' has commits that {context.RemoteBase} does not", "push them (or reset to the remote) so the release is made from what everyone has"),
            _ => ($"'{journal.Base}' and {context.RemoteBase} have diverged", "reconcile them (git pull --rebase, or reset to the remote)"),
        };
        throw new SlipwayException(Errors.OutOfDate, message, hint);
    }

    private static void CheckTagIsFree(ReleaseContext context)
    {
        var (tag, remote) = (context.Journal.Tag, context.Journal.Remote);
        if (context.Repository.RemoteRef(remote, "refs/tags/" + tag) is not null)
        {
            throw new SlipwayException(Errors.TagExists, $"the tag {tag} already exists on {remote}",
                "that version is released; release a newer one, or use 'slipway retag' to move the tag after a fix");
        }

        if (context.Repository.TagObject(tag) is not null)
        {
            throw new SlipwayException(Errors.TagExists, $"the tag {tag} already exists in this repository",
                $"if it is left from an attempt that failed, delete it (git tag -d {tag}); to move a released tag, use 'slipway retag'");
        }
    }

    // The release branch is made by this release: one that exists holds someone's work (or an earlier
    // attempt's, which its own abort left on the remote) and is never built on or pushed over.
    private static void CheckBranchIsFree(ReleaseContext context)
    {
        var (branch, remote) = (context.Journal.Branch, context.Journal.Remote);
        if (context.Repository.Resolve("refs/heads/" + branch) is { } tip)
        {
            throw BranchStep.ForeignBranch(branch, tip);
        }

        if (context.Repository.RemoteRef(remote, "refs/heads/" + branch) is { } remoteTip)
        {
            throw new SlipwayException(Errors.BranchConflict, $"{remote} already has the branch {branch} ({remoteTip[..7]}), which this release would push",
                $"if it is left from an attempt that was aborted, delete it (git push {remote} --delete {branch}); if it holds someone's work, release from another branch name, then run the release again");
        }
    }

    // The publish step runs after the tag is pushed: without a token it would fail with the tag out
    // and the release half done. A release whose profile skips publish has it done by hand.
    private static void CheckPublishCanRun(ReleaseContext context)
    {
        var plan = ReleasePlan.For(context.Config, context.Journal);
        if (!plan.Steps.Any(step => step.Name == StepNames.Publish) || plan.Skipped.Contains(StepNames.Publish))
        {
            return;
        }

        var purpose = $"publish the {context.Forge.Name} release of {context.Journal.Tag} once the tag is pushed (forge.releases: true)";
        context.Forge.RequireRepository(purpose);
        if (context.Forge.Client is null)
        {
            throw new SlipwayException(Errors.NoForgeToken, $"no {context.Forge.Name} token was found, and one is needed to {purpose}",
                $"{context.Forge.CredentialsHint}, then run the release again; to publish the release by hand, set forge.releases: false (or skip publish in the release's profile)");
        }
    }

    private static SemVersion CheckReferences(ReleaseContext context)
    {
        var scan = ReferenceReader.Read(context.Config, new DocumentCache(context.Repository.WorkTree));
        BumpPlanner.ThrowIfUnreadable(scan);
        if (!scan.Consensus.Agrees)
        {
            var details = scan.Consensus.Disagreeing.SelectMany(r => r.Values.Select(v => $"{r.Path}:{v.Line}:{v.Column}: {r.Reference.Label} holds '{v.Text}'")).ToList();
            throw new SlipwayException(Errors.ReferencesDisagree, "the version references disagree, so it is not clear what is being released",
                "make them agree first (slipway bump VERSION, commit), then run the release", details);
        }

        return scan.Consensus.Version!;
    }

    private static void CheckNewer(ReleaseContext context)
    {
        var tags = context.Repository.Tags().Select(context.Config.Tag.VersionOf).OfType<SemVersion>().ToList();
        var floor = context.Journal.PatchOf is { } patched ? context.Config.Tag.VersionOf(patched) : tags.DefaultIfEmpty().Max();
        if (floor is not null && context.Version <= floor)
        {
            throw new SlipwayException(Errors.VersionNotNewer, $"{context.Version} is not newer than {context.Config.Tag.TagFor(floor)}",
                "release a greater version (slipway next shows the one the commits call for)");
        }
    }
}
