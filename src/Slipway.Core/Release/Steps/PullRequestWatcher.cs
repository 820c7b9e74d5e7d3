using System.Globalization;
using Slipway.Core.Diagnostics;
using Slipway.Core.Forges.GitHub;
using Slipway.Core.Notes;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// The release pull request on GitHub: found (one for the release branch may exist from an earlier
/// run, or a person's) or opened, recorded in the journal, then polled until it is merged or the
/// run's wait is over. A resume polls the same pull request again; none is ever opened twice.
/// </summary>
internal sealed class PullRequestWatcher(ReleaseContext context, GitHubClient client)
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Progress = TimeSpan.FromMinutes(5);

    private ReleaseJournal Journal => context.Journal;

    public StepResult Run()
    {
        var pull = FindOrOpen();
        var host = context.Host;
        var deadline = host.Now() + context.Settings.PullRequestWait;
        var lastProgress = host.Now();
        while (true)
        {
            if (pull.IsMerged)
            {
                return Merged(pull);
            }

            if (!pull.IsOpen)
            {
                throw new SlipwayException(Errors.PullRequestClosed, $"pull request #{pull.Number} ({pull.HtmlUrl}) from {Journal.Branch} was closed without being merged",
                    "reopen it on GitHub and run 'slipway resume', or give up the release with 'slipway abort'");
            }

            var left = deadline - host.Now();
            if (left <= TimeSpan.Zero)
            {
                return StepResult.Waiting($"pull request #{pull.Number} ({pull.HtmlUrl}) is open; merge it, then run 'slipway resume'");
            }

            if (host.Now() - lastProgress >= Progress)
            {
                context.Info(StepNames.PullRequest, $"#{pull.Number} is still open; waiting up to {Format(left)} more");
                lastProgress = host.Now();
            }

            host.Sleep(left < Poll ? left : Poll);
            pull = client.PullRequest(pull.Number);
        }
    }

    private GitHubPullRequest FindOrOpen()
    {
        if (Journal.Fact(ReleaseFacts.PullRequest) is { } recorded)
        {
            return client.PullRequest(int.Parse(recorded, CultureInfo.InvariantCulture));
        }

        var existing = client.PullRequestsFrom(Journal.Branch, Journal.Base);
        var pull = existing.FirstOrDefault(p => p.IsOpen) ?? existing.FirstOrDefault(p => p.IsMerged) ?? (existing.Count > 0 ? existing[0] : null);
        if (pull is not null)
        {
            context.Info(StepNames.PullRequest, $"found pull request #{pull.Number}: {pull.HtmlUrl}");
        }
        else
        {
            pull = client.CreatePullRequest(new NewPullRequest(context.Render(context.Settings.PullRequestTitle), Journal.Branch, Journal.Base, Body()));
            context.Info(StepNames.PullRequest, $"opened pull request #{pull.Number}: {pull.HtmlUrl}");
        }

        Journal.Facts[ReleaseFacts.PullRequest] = pull.Number.ToString(CultureInfo.InvariantCulture);
        Journal.Facts[ReleaseFacts.PullRequestUrl] = pull.HtmlUrl;
        context.Info(StepNames.PullRequest, $"waiting up to {Format(context.Settings.PullRequestWait)} for it to be merged");
        return pull;
    }

    // The configured body, else the release notes of the branch: what reviewers approve is what ships.
    private string Body() => context.Settings.PullRequestBody is { } body
        ? context.Render(body)
        : new ReleaseNotesGenerator(context.Config, context.Git).Generate(new NotesRequest(context.Version) { To = "refs/heads/" + Journal.Branch }).Text;

    private StepResult Merged(GitHubPullRequest pull)
    {
        context.Writer.Fetch(Journal.Remote, Journal.Base);
        var merge = PullRequestStep.FindMerge(context);
        if (merge is null && pull.MergeCommitSha is { } sha && context.Reader.Resolve(sha + "^{commit}") is { } commit
            && context.Reader.Resolve(context.RemoteBase) is { } tip && context.Reader.IsAncestor(commit, tip))
        {
            merge = commit; // GitHub's own record of where it landed (a rebase merge)
        }

        if (merge is null)
        {
            return StepResult.Waiting($"pull request #{pull.Number} is merged on GitHub, but {context.RemoteBase} does not have it yet; run 'slipway resume' in a moment");
        }

        Journal.Facts[ReleaseFacts.MergeCommit] = merge;
        return StepResult.Done($"pull request #{pull.Number} merged into {context.RemoteBase} at {merge[..7]}");
    }

    private static string Format(TimeSpan span) => span.TotalHours >= 1 ? $"{span.TotalHours:0.#}h" : span.TotalMinutes >= 1 ? $"{span.TotalMinutes:0}m" : $"{span.TotalSeconds:0}s";
}
