using System.Text.Json;
using Slipway.Cli.Infrastructure;
using Slipway.Core.Release;

namespace Slipway.Cli.Output;

/// <summary>Prints a release plan for --dry-run: each step, what it would do, and the diff of each file it would edit.</summary>
internal static class ReleasePlanWriter
{
    public static void Write(Invocation run, ReleaseJournal journal, IReadOnlyList<PreviewStep> steps)
    {
        if (run.Json)
        {
            var json = new ReleasePlanJson(journal.Version, journal.Tag, journal.Base, journal.Branch, journal.PreviousTag,
                steps.Select(s => new PlanStepJson(s.Name, s.Skipped, s.Lines, s.Diffs)).ToList());
            run.Out.WriteLine(JsonSerializer.Serialize(json, SlipwayJson.Default.ReleasePlanJson));
            return;
        }

        run.Out.WriteLine(Shown.Plain($"Release {journal.Version} ({journal.Tag}) from {journal.Base} on {journal.Branch}, after {journal.PreviousTag ?? "no earlier release"}. Nothing is changed (--dry-run)."));
        foreach (var (step, index) in steps.Select((s, i) => (s, i + 1)))
        {
            run.Out.WriteLine();
            run.Out.WriteLine($"{index,2}. {step.Name}{(step.Skipped ? " (skipped by the profile)" : string.Empty)}");
            foreach (var line in step.Lines)
            {
                run.Out.WriteLine("    " + Shown.Plain(line));
            }

            foreach (var diff in step.Diffs)
            {
                DiffWriter.Write(run.Console, diff);
            }
        }
    }
}
