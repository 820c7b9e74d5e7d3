using System.Text.Json;
using Slipway.Core.Release;
using Slipway.Core.Release.Actions;
using Slipway.Core.Release.Journal;

namespace Slipway.Cli.Output;

/// <summary>Step progress for people: one line per step, command output indented under it, flushed as it comes.</summary>
internal sealed class HumanReleaseObserver(TextWriter output, bool color) : IReleaseObserver
{
    public void StepStarted(string stepName) => Write($"{Paint("36", "▸")} {stepName}");

    public void StepFinished(string stepName, StepStatus status, string? message)
    {
        var mark = status switch
        {
            StepStatus.Done => Paint("32", "✓"),
            StepStatus.Skipped => Paint("90", "-"),
            StepStatus.Waiting => Paint("33", "…"),
            _ => Paint("31", "✗"),
        };
        Write($"  {mark} {stepName}: {Shown.Plain(message ?? string.Empty)}");
    }

    // A command's output is shown, not obeyed: it may print what a commit or a download put there.
    public void Output(string stepName, string line) => Write("    " + Shown.Plain(line));

    // What a step did shows in its summary line; the actions themselves are for --json and the dry run.
    public void Action(string stepName, ReleaseAction action)
    {
    }

    private string Paint(string code, string text) => color ? $"\u001b[{code}m{text}\u001b[0m" : text;

    private void Write(string line)
    {
        output.WriteLine(line);
        output.Flush();
    }
}

/// <summary>Step progress as JSON lines, one object per event, for scripts and agents.</summary>
internal sealed class JsonReleaseObserver(TextWriter output) : IReleaseObserver
{
    public void StepStarted(string stepName) => Write(new ReleaseEventJson("started", stepName, null, null, null));

    public void StepFinished(string stepName, StepStatus status, string? message) =>
        Write(new ReleaseEventJson("finished", stepName, status.ToString().ToLowerInvariant(), message, null));

    public void Output(string stepName, string line) => Write(new ReleaseEventJson("output", stepName, null, null, line));

    public void Action(string stepName, ReleaseAction action) =>
        Write(new ReleaseEventJson("action", stepName, null, null, null) { Action = action.Data(), Diffs = action.Diffs.Count > 0 ? action.Diffs : null });

    public void Write(ReleaseEventJson value)
    {
        output.WriteLine(JsonSerializer.Serialize(value, SlipwayJson.Output.ReleaseEventJson));
        output.Flush();
    }
}
