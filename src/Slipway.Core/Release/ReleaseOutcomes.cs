using Slipway.Core.Diagnostics;
using Slipway.Core.Release.Actions;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release;

/// <summary>One step of a dry run: what it would do, and for a step that does nothing visible (preflight), what it found.</summary>
public sealed record PlannedStep(string Name, StepStatus Status, string? Summary, IReadOnlyList<ReleaseAction> Actions);

/// <summary>
/// What a release would do, step by step, as the real planning code computed it against a view that
/// records instead of writing; <see cref="Failure"/> is where the real run would fail.
/// </summary>
/// <see cref="MadeUp"/> names the commits and tags the dry run made up: the real run makes them anew, with other ids.
public sealed record ReleaseRehearsal(ReleaseJournal Journal, IReadOnlyList<PlannedStep> Steps, SlipwayException? Failure, IReadOnlyDictionary<string, string> MadeUp)
{
    /// <summary>How the plan shows an id: what the dry run calls one it made up, else its 7 digits.</summary>
    public string Name(string id) => MadeUp.TryGetValue(id, out var name) ? name : ReleaseAction.Abbreviated(id);
}

/// <summary>The release status shows: the one in progress, or, when none is, the last one finished.</summary>
public sealed record ReleaseStatus(ReleaseJournal Journal, bool InProgress);

/// <summary>A tag move that was checked and awaits confirmation: the release, the commit and its subject.</summary>
public sealed record RetagProposal(ReleaseJournal Journal, string Commit, string Subject, bool Journaled);

/// <summary>Where the tag pointed before (null: nowhere), and where it points now, pushed.</summary>
public sealed record RetagOutcome(string Tag, string? Was, string Commit, string Remote);

/// <summary>The tag made, and whether it was pushed.</summary>
public sealed record TagOutcome(string Tag, string Commit, string? PushedTo);

/// <summary>Collects a dry run's steps and actions as the runner reports them.</summary>
internal sealed class RehearsalObserver : IReleaseObserver
{
    private readonly List<(string Name, StepStatus Status, string? Summary, List<ReleaseAction> Actions)> _steps = [];

    public IReadOnlyList<PlannedStep> Steps => _steps.Select(s => new PlannedStep(s.Name, s.Status, s.Summary, s.Actions)).ToList();

    public void StepStarted(string stepName) => Entry(stepName);

    public void StepFinished(string stepName, StepStatus status, string? message)
    {
        var index = Entry(stepName);
        _steps[index] = _steps[index] with { Status = status, Summary = message };
    }

    public void Output(string stepName, string line)
    {
        // Progress lines of a real run; a plan shows actions.
    }

    public void Action(string stepName, ReleaseAction action) => _steps[Entry(stepName)].Actions.Add(action);

    private int Entry(string name)
    {
        var index = _steps.FindIndex(s => s.Name == name);
        if (index < 0)
        {
            _steps.Add((name, StepStatus.Pending, null, []));
            index = _steps.Count - 1;
        }

        return index;
    }
}
