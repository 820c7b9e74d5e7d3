using Slipway.Core.Configuration;
using Slipway.Core.Git;
using Slipway.Core.Hosting;

namespace Slipway.Core.Forges.GitHub;

/// <summary>GitHub behind the forge seam: pull requests, releases (and the drafts CI leaves), and contributors.</summary>
public sealed class GitHubForge(GitHubClient client) : IForge
{
    private GitHubContributors? _contributors;
    private GitHubMergedPullRequests? _merged;

    public string Name => "GitHub";

    public ForgeRepository Repository => client.Repository;

    public IContributorSource Contributors => GitHubContributors;

    public IMergedPullRequests MergedPullRequests => _merged ??= new GitHubMergedPullRequests(client, GitHubContributors);

    // One for both: a pull request the search found answers who its author is.
    private GitHubContributors GitHubContributors => _contributors ??= new GitHubContributors(client);

    /// <summary>
    /// The configuration's GitHub repository (forge.repository, else the remote's URL) and, when a token
    /// is found (GITHUB_TOKEN, GH_TOKEN or gh), a client. The token is looked for on first use only.
    /// </summary>
    public static ForgeAccess Connect(SlipwayConfig config, GitRunner git, RunHost host)
    {
        var repository = ForgeResolver.Resolve(config.Forge, git);
        return new ForgeAccess("GitHub", repository, () => repository is not null && GitHubToken.Find(host) is { } token
            ? new GitHubForge(new GitHubClient(new GitHubHttp(GitHubEndpoint.ApiBase(config.Forge, host), token, host), repository))
            : null,
            "set GITHUB_TOKEN (or GH_TOKEN), or log in with 'gh auth login'");
    }

    public IReadOnlyList<ForgePullRequest> PullRequestsFrom(string head, string into) => client.PullRequestsFrom(head, into).Select(Convert).ToList();

    public ForgePullRequest PullRequest(int number) => Convert(client.PullRequest(number));

    public ForgePullRequest OpenPullRequest(PullRequestDraft draft) => Convert(client.CreatePullRequest(new NewPullRequest(draft.Title, draft.Head, draft.Base, draft.Body)));

    public ForgePullRequest ClosePullRequest(int number) => Convert(client.ClosePullRequest(number));

    public ForgeRelease? ReleaseFor(string tag) => client.ReleaseOf(tag) is { } found ? Convert(found) : null;

    public ForgeRelease CreateRelease(ReleaseDraft draft) => Convert(client.CreateRelease(Write(draft)));

    public ForgeRelease UpdateRelease(ForgeRelease existing, ReleaseDraft draft) => Convert(client.UpdateRelease(existing.Id, Write(draft)));

    private static ReleaseWrite Write(ReleaseDraft draft) => new(draft.Tag, draft.Name, draft.Body, draft.PreRelease, Draft: false);

    private static ForgeRelease Convert(GitHubRelease release) => new(release.Id, release.TagName, release.HtmlUrl, release.Draft);

    private static ForgePullRequest Convert(GitHubPullRequest pull) => new(pull.Number, pull.HtmlUrl,
        pull.IsMerged ? ForgeRequestState.Merged : pull.IsOpen ? ForgeRequestState.Open : ForgeRequestState.Closed, pull.MergeCommitSha);
}
