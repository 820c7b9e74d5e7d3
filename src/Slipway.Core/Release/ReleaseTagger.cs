using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Git;
using Slipway.Core.References;
using Slipway.Core.Release.Journal;
using Slipway.Core.Release.Steps;
using Slipway.Core.Versioning;

namespace Slipway.Core.Release;

/// <summary>
/// Tags outside a release run: 'slipway tag' (a commit, after checking its tree holds the version)
/// and 'slipway retag', the SOP's troubleshooting step: after a fix is merged, the release tag is
/// moved to it, locally and remotely, once the new commit is verified.
/// </summary>
internal sealed class ReleaseTagger(ReleaseContext context, GitRunner git)
{
    /// <summary>A journal for a version released outside a run (never saved): its tag, remote and base.</summary>
    public static ReleaseJournal Adhoc(SlipwayConfig config, SemVersion version) => new()
    {
        Project = config.Name,
        Version = version,
        Tag = config.Tag.TagFor(version),
        Kind = version.IsPreRelease ? ReleaseKind.PreRelease : ReleaseKind.Final,
        Base = config.Release.Base,
        Branch = config.Release.Branch,
        Remote = config.Release.Remote,
        Created = DateTimeOffset.UtcNow,
    };

    /// <summary>The version the references agree on, or null.</summary>
    public static SemVersion? ReferencedVersion(SlipwayConfig config)
    {
        var scan = ReferenceReader.Read(config);
        return !scan.Problems.Any() && scan.Consensus.Agrees ? scan.Consensus.Version : null;
    }

    /// <summary>Checks that <paramref name="commit"/> (default: the tip of the remote's base) holds the version; SW317 when it does not.</summary>
    public RetagProposal PrepareRetag(bool journaled, string? commit)
    {
        var (journal, repository) = (context.Journal, context.Repository);
        repository.Fetch(journal.Remote, journal.Base);
        var target = commit ?? context.RemoteBase;
        var id = repository.Resolve(target) ?? throw new SlipwayException(Errors.Usage, $"'{target}' is not a commit");
        var report = TreeVerifier.Verify(context, id);
        if (!report.AllHoldExpected)
        {
            throw new SlipwayException(Errors.TreeDoesNotHoldVersion, $"{id[..7]} does not hold {journal.Version} in every reference; the tag was not moved",
                "merge the fix first, then run 'slipway retag' again", TreeVerifier.Failures(report));
        }

        return new RetagProposal(journal, id, repository.Subject(id), journaled);
    }

    public RetagOutcome Retag(RetagProposal proposal)
    {
        var (journal, repository) = (context.Journal, context.Repository);
        var writer = new GitWriter(git);
        var was = repository.TagObject(journal.Tag) is null ? null : repository.Resolve("refs/tags/" + journal.Tag);
        if (was is not null)
        {
            writer.DeleteTag(journal.Tag);
        }

        if (repository.RemoteRef(journal.Remote, "refs/tags/" + journal.Tag) is not null)
        {
            writer.DeleteRemoteRef(journal.Remote, "refs/tags/" + journal.Tag);
        }

        TagStep.Create(context, proposal.Commit);
        repository.Push(journal.Remote, "refs/tags/" + journal.Tag);
        journal.Facts.MergeCommit = proposal.Commit;
        context.SaveJournal();
        return new RetagOutcome(journal.Tag, was, proposal.Commit, journal.Remote);
    }

    public TagOutcome Tag(string commit, bool push)
    {
        var (journal, repository) = (context.Journal, context.Repository);
        var id = repository.Resolve(commit) ?? throw new SlipwayException(Errors.Usage, $"'{commit}' is not a commit");
        if (repository.TagObject(journal.Tag) is not null)
        {
            throw new SlipwayException(Errors.TagExists, $"the tag {journal.Tag} already exists", "to move it after a fix, use 'slipway retag'");
        }

        TagStep.Create(context, id);
        if (push)
        {
            repository.Push(journal.Remote, "refs/tags/" + journal.Tag);
        }

        return new TagOutcome(journal.Tag, id, push ? journal.Remote : null);
    }
}
