
namespace Slipway.Core.History;

/// <summary>
/// One commit as the log was read, before any object is made for it: a caller that turns it into
/// what it needs at once (most commits of a long history) spares the <see cref="Commit"/> and its
/// <see cref="ConventionalCommit"/>.
/// </summary>
/// <param name="Conventional">The title read as a conventional commit, or null.</param>
/// <param name="BreakingNote">The text of a BREAKING CHANGE trailer, for any title.</param>
/// <param name="MergedBranch">For a pull request's merge commit, the branch it merged (<c>release/v0.1.7</c> in "Merge pull request #257 from org/release/v0.1.7").</param>
public readonly record struct CommitRecord(
    CommitId Id,
    CommitId[] Parents,
    Person Author,
    long Timestamp,
    string Title,
    int? PullRequest,
    ConventionalTitle? Conventional,
    string? BreakingNote,
    string Text,
    IReadOnlyList<Trailer> Trailers,
    string? MergedBranch = null)
{
    public bool IsMerge => Parents.Length > 1;

    /// <summary>Marked breaking by <c>!</c> in a conventional title, or by a BREAKING CHANGE trailer.</summary>
    public bool Breaking => Conventional?.Bang == true || BreakingNote is not null;

    public Commit ToCommit() => new()
    {
        Id = Id,
        Parents = Parents,
        Author = Author,
        Timestamp = Timestamp,
        Text = Text,
        Trailers = Trailers,
        PullRequest = PullRequest,
        Title = Title,
        MergedBranch = MergedBranch,
        Conventional = Conventional is { } title ? ConventionalCommit.Of(title, Title, BreakingNote) : null,
    };
}

/// <summary>Sees a commit as it is read and says whether the log keeps it (as a <see cref="Commit"/>).</summary>
public delegate bool CommitSeen(in CommitRecord commit);

/// <summary>Whether a commit's description is wanted, from what its title says (null: not a conventional title) and whether it is breaking.</summary>
public delegate bool TextWanted(ConventionalTitle? title, bool breaking);
