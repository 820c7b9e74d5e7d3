namespace Slipway.Core.Workspace.Run;

/// <summary>
/// The hand-offs a person may name to 'slipway done' in a workspace (the workspace's counterpart of
/// <see cref="Release.RemainingSteps"/>): those of the release in progress whose pull request waits for
/// a person, or, with none in progress, every hand-off of the workspace. Read without the lock, as a
/// shell completes these and never writes.
/// </summary>
public static class RemainingHandoffs
{
    public static IReadOnlyList<string> ToMarkDone(LoadedWorkspace workspace) => new WorkspaceJournalStore(workspace).InProgress() is { } journal
        ? journal.Handoffs.Where(h => h.State == HandoffState.Proposed).Select(h => h.Name).ToList()
        : workspace.Settings.Handoffs.Select(h => h.Name).ToList();
}
