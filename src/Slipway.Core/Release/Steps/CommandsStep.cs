using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Release.Actions;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Runs configured commands in the repository: after-bump (cargo generate-lockfile, make bundle: their
/// changes join the release commit) and checks (gates before the commit, with optional text the
/// output must contain). A failure stops the run; resume runs them again. A dry run lists them.
/// </summary>
public sealed class CommandsStep(string name, Func<ReleaseSettings, IReadOnlyList<CommandSetting>> commands) : IReleaseStep
{
    public static CommandsStep AfterBump { get; } = new(StepNames.AfterBump, s => s.AfterBump);

    public static CommandsStep Checks { get; } = new(StepNames.Checks, s => s.Checks);

    public string Name => name;

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => commands(config.Release).Count > 0;

    public StepResult Run(ReleaseContext context)
    {
        var record = context.Journal.Step(name);
        record.Log.Clear();
        var environment = new Dictionary<string, string>
        {
            ["SLIPWAY_VERSION"] = context.Version.ToString(),
            ["SLIPWAY_TAG"] = context.Journal.Tag,
            ["SLIPWAY_PREVIOUS"] = context.Journal.Previous?.ToString() ?? string.Empty,
        };
        var list = commands(context.Settings);
        var ran = 0;
        foreach (var command in list)
        {
            var line = context.Render(command.Run);
            var expected = command.Expect is { } expect ? context.Render(expect) : null;
            record.Log.Add("$ " + line);
            context.Info("$ " + line);
            var outcome = context.World.Run(new RunCommand(line, expected), command.Timeout, environment, output => context.Info("  " + output));
            if (outcome is null)
            {
                continue; // recorded, not run: a dry run
            }

            ran++;
            record.Log.AddRange(outcome.Tail.Select(l => "  " + l));
            if (outcome.TimedOut)
            {
                throw Failure(command, $"'{line}' did not finish within {command.Timeout.TotalMinutes:0.#} minute(s) and was stopped");
            }

            if (outcome.ExitCode != 0)
            {
                throw Failure(command, $"'{line}' exited with {outcome.ExitCode}");
            }

            if (expected is not null && !outcome.Output.Contains(expected, StringComparison.Ordinal))
            {
                throw Failure(command, $"the output of '{line}' does not contain '{expected}'");
            }
        }

        return StepResult.Done(ran == list.Count ? $"{list.Count} command(s) passed" : $"{list.Count} command(s) to run");
    }

    private static SlipwayException Failure(CommandSetting command, string message) =>
        new(Errors.StepFailed, $"{command.Label}: {message}", "'slipway status' shows its output; fix the cause, then run 'slipway resume'");
}
