using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Forges;
using Slipway.Core.Notes;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// The release pull request on the forge: found (one for the release branch may exist from an
/// earlier run, or a person's) or opened, recorded in the journal, then polled until it is merged or
/// the run's wait is over. A resume polls the same pull request again; none is ever opened twice.
/// </summary>
internal sealed class PullRequestWatcher(ReleaseContext context, IForge forge)
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Progress = TimeSpan.FromMinutes(5);

    private ReleaseJournal Journal => context.Journal;

    public StepResult Run()
    {
        var pull = FindOrOpen();
        var host = context.Host;
        var deadline = host.Now() + context.World.WaitLimit(context.Settings.PullRequestWait);
        var lastProgress = host.Now();
        while (true)
        {
            if (pull.IsMerged)
            {
                return Merged(pull);
            }

            if (!pull.IsOpen)
            {
                throw new SlipwayException(Errors.PullRequestClosed, $"pull request #{pull.Number} ({pull.WebUrl}) from {Journal.Branch} was closed without being merged",
                    $"reopen it on {forge.Name} and run 'slipway resume', or give up the release with 'slipway abort'");
            }

            var left = deadline - host.Now();
            if (left <= TimeSpan.Zero)
            {
                return StepResult.Waiting($"pull request #{pull.Number} ({pull.WebUrl}) is open; merge it, then run 'slipway resume'", PullRequestStep.Merge(Journal));
            }

            if (host.Now() - lastProgress >= Progress)
            {
                context.Info($"#{pull.Number} is still open; waiting up to {Format(left)} more");
                lastProgress = host.Now();
            }

            host.Sleep(left < Poll ? left : Poll);
            pull = forge.PullRequest(pull.Number);
        }
    }

    private ForgePullRequest FindOrOpen()
    {
        if (Journal.Facts.PullRequest is { } recorded)
        {
            return forge.PullRequest(recorded);
        }

        var existing = forge.PullRequestsFrom(Journal.Branch, Journal.Base);
        var pull = existing.FirstOrDefault(p => p.IsOpen) ?? existing.FirstOrDefault(p => p.IsMerged) ?? (existing.Count > 0 ? existing[0] : null);
        if (pull is not null)
        {
            context.Info($"found pull request #{pull.Number}: {pull.WebUrl}");
        }
        else
        {
            pull = forge.OpenPullRequest(new PullRequestDraft(context.Render(context.Settings.PullRequestTitle), Journal.Branch, Journal.Base, Body()));
            context.Info($"opened pull request #{pull.Number}: {pull.WebUrl}");
        }

        Journal.Facts.PullRequest = pull.Number;
        Journal.Facts.PullRequestUrl = pull.WebUrl;
        context.Info($"waiting up to {Format(context.World.WaitLimit(context.Settings.PullRequestWait))} for it to be merged");
        return pull;
    }

    // The configured body, else the release notes of the branch: what reviewers approve is what ships.
    private string Body()
    {
        if (context.Settings.PullRequestBody is { } body)
        {
            return context.Render(body);
        }

        var tip = context.Repository.Resolve("refs/heads/" + Journal.Branch)!;
        var notices = Api.ApiRelease.NoticesFor(context.Config, context.Repository.History, forge.Repository);
        return new ReleaseNotesGenerator(new NotesInputs(context.Config, context.Repository.History) { Forge = new(forge.Repository) })
            .Generate(new NotesRequest(context.Version) { To = tip, NoticesFor = notices }).Text;
    }

    private StepResult Merged(ForgePullRequest pull)
    {
        var repository = context.Repository;
        repository.Fetch(Journal.Remote, Journal.Base);
        var merge = PullRequestStep.FindMerge(context);
        if (merge is null && pull.MergeCommit is { } sha && repository.Resolve(sha) is { } commit
            && repository.Resolve(context.RemoteBase) is { } tip && repository.IsAncestor(commit, tip))
        {
            merge = commit; // the forge's own record of where it landed (a rebase merge)
        }

        if (merge is null)
        {
            return StepResult.Waiting($"pull request #{pull.Number} is merged on {forge.Name}, but {context.RemoteBase} does not have it yet; run 'slipway resume' in a moment", PullRequestStep.Merge(Journal));
        }

        Journal.Facts.MergeCommit = merge;
        return StepResult.Done($"pull request #{pull.Number} merged into {context.RemoteBase} at {merge[..7]}");
    }

    private static string Format(TimeSpan span) => span.TotalHours >= 1 ? $"{span.TotalHours:0.#}h" : span.TotalMinutes >= 1 ? $"{span.TotalMinutes:0}m" : $"{span.TotalSeconds:0}s";
}
