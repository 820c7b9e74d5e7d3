using Slipway.Core.Forges;
using Slipway.Core.Release.Actions;

namespace Slipway.Core.Release.Views;

/// <summary>
/// The forge as a release step sees it: every read goes to the forge, and every write is reported
/// as an action; it is sent only when <paramref name="send"/> (a real run). A dry run gets back what
/// the forge would answer: an open pull request, a published release, without a number or an id.
/// </summary>
public sealed class ForgeRecorder(IForge forge, bool send, Action<ReleaseAction> report) : IForge
{
    public string Name => forge.Name;

    public ForgeRepository Repository => forge.Repository;

    public IContributorSource Contributors => forge.Contributors;

    public IMergedPullRequests MergedPullRequests => forge.MergedPullRequests;

    public IReadOnlyList<ForgePullRequest> PullRequestsFrom(string head, string into) => forge.PullRequestsFrom(head, into);

    public ForgePullRequest PullRequest(int number) => forge.PullRequest(number);

    public ForgePullRequest OpenPullRequest(PullRequestDraft draft)
    {
        var opened = send ? forge.OpenPullRequest(draft) : new ForgePullRequest(0, Repository.Url + "/pulls", ForgeRequestState.Open, null);
        report(new OpenPullRequest(Repository.Url, draft.Title, draft.Head, draft.Base, draft.Body));
        return opened;
    }

    // No release step closes a pull request (only a workspace abort does, outside any plan): nothing to report.
    public ForgePullRequest ClosePullRequest(int number) => send ? forge.ClosePullRequest(number) : forge.PullRequest(number) with { State = ForgeRequestState.Closed };

    public ForgeRelease? ReleaseFor(string tag) => forge.ReleaseFor(tag);

    public ForgeRelease CreateRelease(ReleaseDraft draft)
    {
        var created = send ? forge.CreateRelease(draft) : new ForgeRelease(0, draft.Tag, $"{Repository.Url}/releases/tag/{draft.Tag}", Draft: false);
        report(new PublishRelease(Name, Repository.Url, draft.Tag, draft.Name, draft.Body, draft.PreRelease, Update: false));
        return created;
    }

    public ForgeRelease UpdateRelease(ForgeRelease existing, ReleaseDraft draft)
    {
        var updated = send ? forge.UpdateRelease(existing, draft) : existing with { Draft = false };
        report(new PublishRelease(Name, Repository.Url, draft.Tag, draft.Name, draft.Body, draft.PreRelease, Update: true));
        return updated;
    }
}
