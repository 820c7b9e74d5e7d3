using System.CommandLine;
using Slipway.Cli.Output;
using Slipway.Core.Diagnostics;
using Slipway.Core.Release;
using Slipway.Core.Versioning;

namespace Slipway.Cli.Infrastructure;

/// <summary>
/// What the commands of the release family share: the run's release service, how its steps are
/// reported (for people, or JSON lines), how an outcome is told, and the question before acting.
/// </summary>
internal sealed class ReleaseSession(Invocation run)
{
    private ReleaseService? _service;

    // Made on first use: in a workspace, the session only asks the question, and there is no slipway.yaml to load.
    public ReleaseService Service => _service ??= run.ReleaseService();

    public IReleaseObserver Observer { get; } = run.Json
        ? new JsonReleaseObserver(run.Out)
        : new HumanReleaseObserver(run.Out, run.IO.OutIsTerminal && run.Color);

    /// <summary>Tells where a run stopped: released, or waiting (and for what).</summary>
    public int Report(ReleaseOutcome outcome)
    {
        if (Observer is JsonReleaseObserver json)
        {
            json.Write(new ReleaseEventJson(outcome.Completed ? "completed" : "waiting", outcome.WaitingAt, null, outcome.Reason, null));
            return 0;
        }

        run.Out.WriteLine(outcome.Completed
            ? $"{outcome.Journal.Tag} is released."
            : $"Waiting at {outcome.WaitingAt}: {Shown.Plain(outcome.Reason ?? string.Empty)}");
        foreach (var skipped in outcome.Journal.Steps.Where(s => s.Reason is not null))
        {
            run.Out.WriteLine($"Skipped by hand: {skipped.Name} ({Shown.Plain(skipped.Reason!)})");
        }

        run.Out.Flush();
        return 0;
    }

    /// <summary>Asks before acting, but only a person at a terminal; --yes or no terminal means go ahead.</summary>
    public void Confirm(bool yes, string question)
    {
        if (yes || run.Json || !run.IO.OutIsTerminal || Console.IsInputRedirected)
        {
            return;
        }

        run.Out.Write($"{question} [y/N] ");
        run.Out.Flush();
        if (Console.ReadLine()?.Trim().ToLowerInvariant() is not ("y" or "yes"))
        {
            throw new SlipwayException(Errors.Usage, "nothing was done (not confirmed)", "pass --yes to skip the question");
        }
    }
}

/// <summary>The options every command of the release family takes, so scripts can pass them uniformly.</summary>
internal static class ReleaseOptions
{
    public static Option<bool> Yes() => new("--yes", "-y") { Description = "Answer yes to confirmations (a command that asks nothing accepts it too)" };

    /// <summary>Go on although slipway.yaml changed since the release began (the plan is pinned to the configuration it began with).</summary>
    public static Option<bool> AcceptConfigChange() => new("--accept-config-change") { Description = "Go on with a slipway.yaml changed since the release began (the change is recorded in the journal)" };

    public static Option<string?> Workspace() => new("--workspace") { Description = $"Release the repositories of this workspace file together (default: {Core.Configuration.WorkspaceSettings.DefaultFileName} in the directory, when there is one)", HelpName = "FILE" };

    public static Option<string?> Version(string description) => new("--version") { Description = description, HelpName = "VERSION" };

    /// <summary>A --version value as a version, refusing non-SemVer with the nearest valid spelling.</summary>
    public static SemVersion? Parse(string? version) => version is null ? null : VersionArgument.Parse(version, "--version");
}
