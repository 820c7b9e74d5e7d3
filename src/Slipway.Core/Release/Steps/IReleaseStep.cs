using Slipway.Core.Configuration;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// One step type of the release. It knows whether it runs for a configuration and release, and it
/// does its work against the context's repository view: the real repository, or the view of a dry
/// run that records instead of writing, so what a dry run shows is what this same code does. A step
/// is idempotent: it first checks the world (a commit already made, a tag already pushed) and only
/// acts on what is missing, so it can run again after any stop.
/// </summary>
public interface IReleaseStep
{
    string Name { get; }

    /// <summary>Whether this release has the step at all: pins only when pins are configured, cherry-pick only for a patch that picks.</summary>
    bool AppliesTo(SlipwayConfig config, ReleaseJournal journal);

    /// <summary>
    /// A check that only reads (preflight, the API gate): a release refused by checks alone touched
    /// nothing, so it is set aside as refused instead of waiting for an abort.
    /// </summary>
    bool OnlyChecks => false;

    /// <summary>
    /// Why a person may not skip the step ('slipway skip'), or null when they may: a step whose work
    /// every later step stands on, or that is the release itself, can be fixed and resumed, never
    /// passed over. A profile, written before any release, may still leave any step out.
    /// </summary>
    string? WhyNotSkippable => null;

    StepResult Run(ReleaseContext context);
}

/// <summary>How a step ended: done (with what it did), or waiting for something outside Slipway.</summary>
public sealed record StepResult(StepStatus Status, string Message)
{
    /// <summary>For a wait: what ends it, which a dry run assumes happens (a merge, a person's mark).</summary>
    public ReleaseWait? Until { get; init; }

    public static StepResult Done(string message) => new(StepStatus.Done, message);

    public static StepResult Waiting(string reason, ReleaseWait until) => new(StepStatus.Waiting, reason) { Until = until };
}

/// <summary>What a waiting step waits for; it says so in a plan, where a dry run takes it as done.</summary>
public abstract record ReleaseWait
{
    /// <summary>The wait as a plan shows it, from the step's own <paramref name="reason"/>.</summary>
    public abstract string Describe(string reason);
}

/// <summary>The branch merged into <see cref="Into"/> on the remote (a pull request, the follow-up branch).</summary>
public sealed record MergeWait(string Remote, string Branch, string Into) : ReleaseWait
{
    public override string Describe(string reason) => $"wait until {Branch} is merged into {Into} ({reason}); a dry run takes it as merged as it is";
}

/// <summary>A person doing a manual step and marking it with 'slipway done'.</summary>
public sealed record PersonWait(string Step) : ReleaseWait
{
    public override string Describe(string reason) => $"wait until a person does: {reason}";
}

/// <summary>CI publishing the release's artifacts.</summary>
public sealed record ArtifactsWait : ReleaseWait
{
    public override string Describe(string reason) => $"wait until CI has published the artifacts ({reason})";
}
