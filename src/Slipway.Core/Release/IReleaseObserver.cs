using Slipway.Core.Release.Actions;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release;

/// <summary>What a release reports as it runs; the CLI renders it for people or as JSON lines.</summary>
public interface IReleaseObserver
{
    void StepStarted(string stepName);

    void StepFinished(string stepName, StepStatus status, string? message);

    /// <summary>A line of a command's output, or a line of information from a step.</summary>
    void Output(string stepName, string line);

    /// <summary>Something the step did (or, in a dry run, would do) to the repository, its remote or the forge.</summary>
    void Action(string stepName, ReleaseAction action);
}

/// <summary>For callers that do not watch (tests of the engine).</summary>
public sealed class SilentObserver : IReleaseObserver
{
    public static readonly SilentObserver Instance = new();

    public void StepStarted(string stepName)
    {
    }

    public void StepFinished(string stepName, StepStatus status, string? message)
    {
    }

    public void Output(string stepName, string line)
    {
    }

    public void Action(string stepName, ReleaseAction action)
    {
    }
}
