using Slipway.Core.Release;
using Slipway.Core.Release.Actions;
using Slipway.Core.Release.Journal;

namespace Slipway.Cli.Output;

/// <summary>A repository's release progress in a workspace run: its heading before its first event, then the release's own rendering.</summary>
internal sealed class RepositoryObserver(IReleaseObserver inner, Action heading) : IReleaseObserver
{
    private bool _headed;

    public void StepStarted(string stepName)
    {
        Head();
        inner.StepStarted(stepName);
    }

    public void StepFinished(string stepName, StepStatus status, string? message)
    {
        Head();
        inner.StepFinished(stepName, status, message);
    }

    public void Output(string stepName, string line)
    {
        Head();
        inner.Output(stepName, line);
    }

    public void Action(string stepName, ReleaseAction action)
    {
        Head();
        inner.Action(stepName, action);
    }

    private void Head()
    {
        if (!_headed)
        {
            _headed = true;
            heading();
        }
    }
}
