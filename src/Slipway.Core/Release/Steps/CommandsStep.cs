using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Runs configured commands in the repository: after-bump (cargo generate-lockfile, make bundle: their
/// changes join the release commit) and checks (gates before the commit, with optional text the
/// output must contain). A failure stops the run; resume runs them again.
/// </summary>
public sealed class CommandsStep(string name, Func<ReleaseSettings, IReadOnlyList<CommandSetting>> commands) : IReleaseStep
{
    public string Name => name;

    public StepResult Run(ReleaseContext context)
    {
        var record = context.Journal.Step(name);
        record.Log.Clear();
        var environment = new Dictionary<string, string>
        {
            ["SLIPWAY_VERSION"] = context.Version.ToString(),
            ["SLIPWAY_TAG"] = context.Journal.Tag,
            ["SLIPWAY_PREVIOUS"] = context.Journal.Previous ?? string.Empty,
        };
        var list = commands(context.Settings);
        foreach (var command in list)
        {
            var line = context.Render(command.Run);
            record.Log.Add("$ " + line);
            context.Info(name, "$ " + line);
            var outcome = CommandRunner.Run(line, context.Config.Root, command.Timeout, environment, output => context.Info(name, "  " + output));
            record.Log.AddRange(outcome.Tail.Select(l => "  " + l));
            if (outcome.TimedOut)
            {
                throw Failure(command, $"'{line}' did not finish within {command.Timeout.TotalMinutes:0.#} minute(s) and was stopped");
            }

            if (outcome.ExitCode != 0)
            {
                throw Failure(command, $"'{line}' exited with {outcome.ExitCode}");
            }

            if (command.Expect is { } expect && context.Render(expect) is var expected && !outcome.Output.Contains(expected, StringComparison.Ordinal))
            {
                throw Failure(command, $"the output of '{line}' does not contain '{expected}'");
            }
        }

        return StepResult.Done($"{list.Count} command(s) passed");
    }

    private static SlipwayException Failure(CommandSetting command, string message) =>
        new(Errors.StepFailed, $"{command.Label}: {message}", "'slipway status' shows its output; fix the cause, then run 'slipway resume'");
}
