namespace Slipway.Cli.Output;

/// <summary>An action of a dry run: its fields, and the diffs of the files it would write.</summary>
internal sealed record PlannedActionJson(Core.Release.Actions.ActionData Action, IReadOnlyList<string> Diffs);

/// <summary>A step of a dry run: its lines for people, its diffs, its actions, and for a step without actions what it found.</summary>
internal sealed record PlanStepJson(string Name, bool Skipped, IReadOnlyList<string> Lines, IReadOnlyList<string> Diffs)
{
    public string? Summary { get; init; }

    public IReadOnlyList<PlannedActionJson> Actions { get; init; } = [];
}

/// <summary>What 'slipway release --dry-run --json' prints; <see cref="Failure"/> is where the real run would fail.</summary>
internal sealed record ReleasePlanJson(string Version, string Tag, string Base, string Branch, string? PreviousTag, IReadOnlyList<PlanStepJson> Steps)
{
    /// <summary>The ids of the commits and tags the dry run made up, and what it calls them: the real run's have other ids.</summary>
    public IReadOnlyDictionary<string, string> MadeUp { get; init; } = new Dictionary<string, string>();

    /// <summary>The tag a patch release patches (--from), on its patch branch.</summary>
    public string? PatchOf { get; init; }

    public ErrorBodyJson? Failure { get; init; }
}

/// <summary>
/// What 'slipway release --dry-run --json' prints in a workspace: the name the workspace release would
/// have, each repository's plan in the order they would be released (with the upstreams it waits for),
/// then the hand-offs. A repository's plan carries the failure when its release would stop there; the
/// repositories after it are then not planned.
/// </summary>
internal sealed record WorkspacePlanJson(string Workspace, IReadOnlyList<MemberPlanJson> Releases, IReadOnlyList<HandoffPlanJson> Handoffs);

internal sealed record MemberPlanJson(string Repository, IReadOnlyList<string> Upstreams, ReleasePlanJson Plan);

/// <summary>A hand-off as a dry run shows it: the copies (from the released repository at its tag into the target clone), the branch, and the pull request.</summary>
internal sealed record HandoffPlanJson(string Handoff, string From, string Target, string Branch, string Remote, string Repository, string Base, string Title, IReadOnlyList<HandoffCopyJson> Copies);

internal sealed record HandoffCopyJson(string From, string To);
