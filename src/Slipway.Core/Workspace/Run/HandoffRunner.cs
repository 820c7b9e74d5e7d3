using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Forges;
using Slipway.Core.Git;
using Slipway.Core.Hosting;
using Slipway.Core.Templates;
using Slipway.Core.Versioning;

namespace Slipway.Core.Workspace.Run;

/// <summary>
/// Takes a hand-off as far as it can go: its commit on a branch of the target clone (recorded in the
/// workspace journal before the branch is made), the branch pushed to the clone's remote, a pull
/// request opened against the target repository through the forge, and the wait for its merge. Every
/// part checks what is already done first, so it runs again after any stop. Without a forge token the
/// pull request is a person's to open and merge ('slipway done NAME' marks it).
/// </summary>
internal sealed class HandoffRunner(LoadedWorkspace workspace, RunHost host, ForgeOpener forge)
{
    public static Dictionary<string, string> Values(MemberRecord release) =>
        Placeholders.For(SemVersion.Parse(release.Version), release.Tag);

    /// <summary>Advances the hand-off; <paramref name="save"/> writes the workspace journal.</summary>
    public void Advance(HandoffSettings handoff, HandoffRecord record, MemberRecord release, Action save)
    {
        CrashPoints.Hit("handoff:before");
        var from = workspace[handoff.From.Name];
        var target = new GitRunner(handoff.Target.FullPath);
        var values = Values(release);
        if (record.Commit is null)
        {
            if (HandoffCommit.Make(handoff, new GitRunner(from.Directory), release.Tag, target, values) is not { } commit)
            {
                Finish(record, save, $"{handoff.Target.Repository} {handoff.Target.Base} already holds every file");
                return;
            }

            record.Commit = commit;
            save();
        }

        CreateBranch(handoff, record, target);
        CrashPoints.Hit("handoff:after-branch");
        Push(handoff, record, target);
        CrashPoints.Hit("handoff:after-push");
        Propose(handoff, record, values, save);
    }

    /// <summary>The forge of the target repository (the released repository's forge settings, pointed at it).</summary>
    public ForgeAccess Forge(HandoffSettings handoff) => forge(ForgeConfig(handoff), new GitRunner(handoff.Target.FullPath), host);

    private static void CreateBranch(HandoffSettings handoff, HandoffRecord record, GitRunner target)
    {
        var refName = "refs/heads/" + record.Branch;
        var existing = new GitReader(target).Resolve(refName);
        if (existing == record.Commit)
        {
            return;
        }

        if (existing is not null)
        {
            throw new SlipwayException(Errors.HandoffBranchConflict, $"{handoff.Target.Path} already has the branch {record.Branch} ({existing[..7]}), which hand-off {handoff.Name} would make",
                "if it holds someone's work, rename the hand-off's branch in the workspace file; if it is left over, delete it (git branch -D), then run 'slipway resume'");
        }

        // Create only: the empty old value makes git refuse if someone made the branch meanwhile.
        target.Check("update-ref", refName, record.Commit!, string.Empty);
    }

    private static void Push(HandoffSettings handoff, HandoffRecord record, GitRunner target)
    {
        var remote = handoff.Target.Remote;
        var there = new GitReader(target).RemoteRef(remote, "refs/heads/" + record.Branch);
        if (there == record.Commit)
        {
            return;
        }

        if (there is not null)
        {
            throw new SlipwayException(Errors.HandoffBranchConflict, $"{remote} of {handoff.Target.Path} already has the branch {record.Branch} ({there[..7]}), which hand-off {handoff.Name} would push",
                $"if it is left over, delete it (git push {remote} --delete {record.Branch}), then run 'slipway resume'");
        }

        target.Check("push", "--quiet", "--end-of-options", remote, $"{record.Commit}:refs/heads/{record.Branch}");
    }

    private void Propose(HandoffSettings handoff, HandoffRecord record, Dictionary<string, string> values, Action save)
    {
        var access = Forge(handoff);
        var head = Head(handoff, record);
        if (access.Client is not { } client)
        {
            Wait(record, save, $"a person to open a pull request from {head} into {handoff.Target.Repository} {handoff.Target.Base} and merge it ({access.CredentialsHint} to let Slipway open it); then 'slipway done {handoff.Name}'");
            return;
        }

        if (record.PullRequest is null)
        {
            var pull = client.PullRequestsFrom(head, handoff.Target.Base).FirstOrDefault(p => p.IsOpen || p.IsMerged)
                ?? client.OpenPullRequest(new PullRequestDraft(handoff.PullRequestTitle.Render(values), head, handoff.Target.Base, Body(handoff, values)));
            CrashPoints.Hit("handoff:after-open"); // opened, not yet recorded: the next run finds it by its branch
            (record.PullRequest, record.PullRequestUrl) = (pull.Number, pull.WebUrl);
            save();
        }

        var state = client.PullRequest(record.PullRequest.Value);
        if (state.IsMerged)
        {
            Finish(record, save, $"pull request #{state.Number} is merged");
        }
        else if (!state.IsOpen)
        {
            throw new SlipwayException(Errors.HandoffPullRequestClosed, $"hand-off {handoff.Name}: pull request #{state.Number} ({state.WebUrl}) was closed without being merged",
                $"reopen it and run 'slipway resume', or give up the hand-off with 'slipway abort'");
        }
        else
        {
            Wait(record, save, $"pull request #{state.Number} ({state.WebUrl}) to be merged; then 'slipway resume'");
        }
    }

    /// <summary>The released repository's forge settings, pointed at the target repository.</summary>
    private SlipwayConfig ForgeConfig(HandoffSettings handoff)
    {
        var config = workspace[handoff.From.Name].Config;
        return config with { Forge = config.Forge with { Repository = handoff.Target.Repository, Remote = handoff.Target.Remote } };
    }

    // A branch of a fork is named owner:branch in the target repository; one of the target itself by its name.
    public static string Head(HandoffSettings handoff, HandoffRecord record)
    {
        var url = new GitReader(new GitRunner(handoff.Target.FullPath)).RemoteUrl(handoff.Target.Remote);
        var fork = url is null ? null : ForgeRepository.FromRemoteUrl(url);
        var owner = handoff.Target.Repository.Split('/')[0];
        return fork is null || fork.Owner.Equals(owner, StringComparison.OrdinalIgnoreCase) ? record.Branch : $"{fork.Owner}:{record.Branch}";
    }

    private static string Body(HandoffSettings handoff, Dictionary<string, string> values)
    {
        if (handoff.PullRequestBody is { } body)
        {
            return body.Render(values);
        }

        var message = handoff.CommitMessage.Render(values);
        var blank = message.IndexOf("\n\n", StringComparison.Ordinal);
        return blank < 0 ? string.Empty : message[(blank + 2)..].Trim();
    }

    private static void Wait(HandoffRecord record, Action save, string what)
    {
        (record.State, record.Waiting) = (HandoffState.Proposed, what);
        save();
    }

    private static void Finish(HandoffRecord record, Action save, string how)
    {
        (record.State, record.Waiting) = (HandoffState.Merged, how);
        save();
    }
}
