using Slipway.Cli.Output;
using Slipway.Core.Diagnostics;
using Slipway.Core.Release;
using Slipway.Core.Workspace;
using Slipway.Core.Workspace.Run;

namespace Slipway.Cli.Infrastructure;

/// <summary>
/// The release family in a workspace: found in the directory (or named with --workspace), each
/// command dispatches here and the workspace release service does the work; this only renders.
/// </summary>
internal sealed class WorkspaceSession(Invocation run, WorkspaceRelease service)
{
    /// <summary>The workspace the command runs in, or null outside one (a single repository's release).</summary>
    public static WorkspaceSession? Find(Invocation run, string? option) =>
        WorkspaceLoader.Find(run.Directory, option) is { } path
            ? new WorkspaceSession(run, run.WorkspaceRelease(WorkspaceLoader.Load(path, run.Display(path))))
            : null;

    public int Release(WorkspaceRequest request, bool dryRun, bool yes)
    {
        var plan = service.Prepare(request);
        if (dryRun)
        {
            var rehearsal = service.DryRun(plan);
            WorkspaceWriter.Plan(run.Out, run.Console, run.Json, rehearsal);
            return rehearsal.Failure is { } failure ? throw failure : 0;
        }

        var releases = string.Join(", ", plan.Releases.Select(r => $"{r.Member.Name} {r.Journal.Tag}"));
        new ReleaseSession(run).Confirm(yes, $"Release {releases}, in this order?");
        return Report(service.Start(plan, Observers()));
    }

    public int Resume() => Report(service.Resume(Observers()));

    public int Done(string handoff) => Report(service.MarkDone(handoff, Observers()));

    public int Status()
    {
        WorkspaceWriter.Status(run.Out, run.Console, run.Json, service.Status());
        return 0;
    }

    public int Abort(bool yes)
    {
        var status = service.Status();
        if (status.Journal.IsFinished)
        {
            throw new SlipwayException(Errors.NoWorkspaceRelease, $"no workspace release is in progress: {status.Journal.Name} is finished", "start the next one with 'slipway release VERSION'");
        }

        var unfinished = status.Repositories.Where(r => r.Record.State != MemberState.Released).Select(r => r.Record.Name);
        new ReleaseSession(run).Confirm(yes, $"Abort the workspace release {status.Journal.Name}, undoing the local work of {string.Join(", ", unfinished)}?");
        WorkspaceWriter.Aborted(run.Out, run.Json, service.Abort());
        return 0;
    }

    private int Report(WorkspaceOutcome outcome)
    {
        WorkspaceWriter.Outcome(run.Out, run.Json, outcome);
        return 0;
    }

    // Each repository's steps under a line that names it, the first time it reports.
    private Func<string, IReleaseObserver> Observers()
    {
        var inner = new ReleaseSession(run).Observer;
        return name => new RepositoryObserver(inner, () => WorkspaceWriter.Heading(run.Out, run.Json, name));
    }
}
