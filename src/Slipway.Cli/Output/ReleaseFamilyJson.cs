using Slipway.Core.Release;
using Slipway.Core.Workspace.Run;

namespace Slipway.Cli.Output;

/// <summary>
/// What 'slipway abort --json' prints, alone or in a workspace: one entry per release it undid
/// (repository is null outside a workspace), the releases it kept, and per hand-off what it undid
/// (pull request closed, branches deleted) and what it left, with why.
/// </summary>
internal sealed record AbortJson(string? Workspace, IReadOnlyList<AbortedJson> Aborted, IReadOnlyList<string> Released, IReadOnlyList<HandoffAbortJson> Handoffs)
{
    public static AbortJson From(AbortOutcome outcome) => new(null, [AbortedJson.From(null, outcome)], [], []);

    public static AbortJson From(WorkspaceAbortOutcome outcome) => new(
        outcome.Journal.Name,
        outcome.Aborted.Select(a => AbortedJson.From(a.Repository, a.Outcome)).ToList(),
        outcome.Released,
        outcome.Handoffs.Select(h => new HandoffAbortJson(h.Name, h.Done, h.Left)).ToList());
}

/// <summary>One hand-off undone: what was done (its pull request closed, its branches deleted) and what was left, with why.</summary>
internal sealed record HandoffAbortJson(string Name, IReadOnlyList<string> Done, IReadOnlyList<string> Left);

/// <summary>One release undone: what was done, and what was left (with why) because the release had not made it or it had moved.</summary>
internal sealed record AbortedJson(string? Repository, string Tag, IReadOnlyList<string> Done, IReadOnlyList<string> Left)
{
    public static AbortedJson From(string? repository, AbortOutcome outcome) => new(repository, outcome.Tag, outcome.Done, outcome.Left);
}

/// <summary>What 'slipway tag --json' prints: the tag, the full id of the commit it names, and the remote it was pushed to (null: not pushed).</summary>
internal sealed record TagJson(string Tag, string Version, string Commit, string? PushedTo);

/// <summary>What 'slipway retag --json' prints: where the tag pointed before (null: nowhere) and where it points now, pushed to the remote.</summary>
internal sealed record RetagJson(string Tag, string? Was, string Commit, string Subject, string Remote);
