namespace Slipway.Core.History;

/// <summary>
/// One commit as the notes need it. The message is reduced when it is read to its title (a merged
/// pull request's title for its merge commit), its description and its trailers, so that the full
/// bodies of a large history are never held at once.
/// </summary>
public sealed class Commit
{
    public required CommitId Id { get; init; }

    public required CommitId[] Parents { get; init; }

    public required Person Author { get; init; }

    /// <summary>Committer time, seconds since the Unix epoch.</summary>
    public required long Timestamp { get; init; }

    /// <summary>The first line of the message (rebuilt from the title for a squash commit, which is not stored twice).</summary>
    public string Subject => PullRequest is { } pr && !IsMerge ? $"{Title} (#{pr})" : Title;

    /// <summary>The description: the body's first prose paragraph on one line, bounded (see <see cref="MessageBody"/>); empty when there is none or it was not wanted.</summary>
    public required string Text { get; init; }

    public required IReadOnlyList<Trailer> Trailers { get; init; }

    public bool IsMerge => Parents.Length > 1;

    /// <summary>The PR number of a squash subject ending in "(#N)", or of a GitHub merge commit.</summary>
    public int? PullRequest { get; init; }

    /// <summary>The subject without its "(#N)" suffix.</summary>
    public required string Title { get; init; }

    /// <summary>For a pull request's merge commit, the branch it merged; else null.</summary>
    public string? MergedBranch { get; init; }

    /// <summary>The title read as a conventional commit, or null.</summary>
    public ConventionalCommit? Conventional { get; init; }
}

/// <summary>A commit author; instances are shared between the commits of one author.</summary>
public sealed record Person(string Name, string Email);

/// <summary>A <c>Key: value</c> line of a message's trailer block (Signed-off-by, Co-authored-by, BREAKING CHANGE).</summary>
public sealed record Trailer(string Key, string Value);
