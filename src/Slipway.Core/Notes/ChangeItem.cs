using Slipway.Core.History;

namespace Slipway.Core.Notes;

/// <summary>
/// One entry of the notes: a pull request (a squash commit ending in "(#N)", or a merge commit with
/// the commits of its branch), or a commit that came without one.
/// </summary>
public sealed record ChangeItem
{
    /// <summary>The PR title (or the commit subject) as written, conventional prefix included.</summary>
    public required string Title { get; init; }

    /// <summary>The title without its conventional prefix, for the sectioned styles.</summary>
    public required string Description { get; init; }

    /// <summary>The commit type (feat, fix…), or null when no commit of the change is conventional.</summary>
    public string? Type { get; init; }

    public string? Scope { get; init; }

    public bool Breaking { get; init; }

    /// <summary>The BREAKING CHANGE footer: what changed and how to migrate.</summary>
    public string? BreakingNote { get; init; }

    /// <summary>The first paragraph of the message body, when there is one.</summary>
    public string Text { get; init; } = string.Empty;

    public int? PullRequest { get; init; }

    /// <summary>The commit on the main line: the squash commit, the merge commit or the commit itself.</summary>
    public required Commit Commit { get; init; }

    /// <summary>Who made the change: the squash commit's author, or the first author on a merged branch.</summary>
    public required Person Author { get; init; }

    public IReadOnlyList<Person> CoAuthors { get; init; } = [];

    public bool ByBot { get; init; }

    /// <summary>How many commits the change brought (1 for a squash; the branch's commits for a merge).</summary>
    public int CommitCount { get; init; } = 1;

}
