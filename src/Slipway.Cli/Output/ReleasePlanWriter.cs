using System.Text.Json;
using Slipway.Core.Release;
using Slipway.Core.Release.Journal;
using Spectre.Console;

namespace Slipway.Cli.Output;

/// <summary>
/// Prints a dry run: each step with what it would do (the actions its own code recorded, each file
/// edit as a diff), or what it found when it does nothing visible; then where the real run would
/// fail, when it would.
/// </summary>
internal static class ReleasePlanWriter
{
    public static void Write(TextWriter output, IAnsiConsole console, bool json, ReleaseRehearsal rehearsal)
    {
        var journal = rehearsal.Journal;
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(Json(rehearsal), SlipwayJson.Output.ReleasePlanJson));
            return;
        }

        var from = journal.PatchOf is { } patched ? $"patching {patched}" : $"after {journal.PreviousTag ?? "no earlier release"}";
        output.WriteLine(Shown.Plain($"Release {journal.Version} ({journal.Tag}) from {journal.Base} on {journal.Branch}, {from}. Nothing is changed (--dry-run)."));
        foreach (var (step, index) in rehearsal.Steps.Select((s, i) => (s, i + 1)))
        {
            output.WriteLine();
            output.WriteLine(step.Name == ReleaseRunner.Finishing ? "    then:" : $"{index,2}. {step.Name}{Note(step)}");
            foreach (var line in Lines(step, rehearsal))
            {
                // Lines carry commit messages, commands and values of slipway.yaml: shown, never obeyed.
                output.WriteLine(line.Length == 0 ? string.Empty : "    " + Shown.Plain(line));
            }

            foreach (var diff in step.Actions.SelectMany(a => a.Diffs))
            {
                output.Flush();
                DiffWriter.Write(console, diff);
            }
        }

        if (rehearsal.Failure is not null)
        {
            output.WriteLine();
            output.WriteLine("The release would stop here; nothing was changed.");
        }
    }

    /// <summary>The plan as --json prints it (alone, or as one repository's part of a workspace's plan).</summary>
    public static ReleasePlanJson Json(ReleaseRehearsal rehearsal)
    {
        var journal = rehearsal.Journal;
        var steps = rehearsal.Steps.Select(s => new PlanStepJson(s.Name, s.Status == StepStatus.Skipped, Lines(s, rehearsal), s.Actions.SelectMany(a => a.Diffs).ToList())
        {
            Summary = s.Summary,
            Actions = s.Actions.Select(a => new PlannedActionJson(a.Data(), a.Diffs)).ToList(),
        }).ToList();
        return new ReleasePlanJson(journal.Version.ToString(), journal.Tag, journal.Base, journal.Branch, journal.PreviousTag, steps)
        {
            MadeUp = rehearsal.MadeUp,
            PatchOf = journal.PatchOf,
            Failure = rehearsal.Failure is { } f ? new ErrorBodyJson(f.Kind.Code, (int)f.Kind.Exit, f.Message, f.Details, f.Hint) : null,
        };
    }

    private static string Note(PlannedStep step) => step.Status switch
    {
        StepStatus.Skipped => " (skipped by the profile)",
        StepStatus.Failed => " (would fail)",
        _ => string.Empty,
    };

    // What a step does; a step that does nothing to see (preflight's checks) says what it found.
    private static List<string> Lines(PlannedStep step, ReleaseRehearsal rehearsal) => step.Actions.Count > 0
        ? step.Actions.SelectMany(a => a.Describe(rehearsal.Name)).ToList()
        : step.Summary is { } summary && step.Status != StepStatus.Skipped ? [summary] : [];
}
