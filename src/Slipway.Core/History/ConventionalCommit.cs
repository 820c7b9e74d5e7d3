
namespace Slipway.Core.History;

/// <summary>
/// A commit subject read as Conventional Commits 1.0.0 defines it: <c>type(scope)!: description</c>,
/// with breaking changes marked by <c>!</c> or a <c>BREAKING CHANGE</c> / <c>BREAKING-CHANGE</c>
/// footer. Types compare case-insensitively and are kept lower-case. Parsed by hand rather than by a
/// regular expression because it runs for every commit of the history.
/// </summary>
public sealed record ConventionalCommit(string Type, string? Scope, bool Breaking, string Subject, int DescriptionStart, string? BreakingNote)
{
    /// <summary>What the commit does: the subject after <c>type(scope)!: </c>.</summary>
    public string Description => Subject[DescriptionStart..];

    /// <summary>The subject read as a conventional commit, or null when it is not one ("Add …", "Merge …").</summary>
    public static ConventionalCommit? Parse(string subject, IReadOnlyList<Trailer>? trailers = null) =>
        ConventionalTitle.Read(subject) is { } title ? Of(title, subject, trailers is { Count: > 0 } ? BreakingNoteOf(trailers) : null) : null;

    /// <summary>The commit whose subject reads as <paramref name="title"/>, with its BREAKING CHANGE note if any.</summary>
    /// <remarks>The subject is kept whole and the description located in it: no copy per commit.</remarks>
    public static ConventionalCommit Of(ConventionalTitle title, string subject, string? note) =>
        new(title.Type, title.Scope, title.Bang || note is not null, subject.TrimEnd(), title.DescriptionStart, note);

    /// <summary>The text of a BREAKING CHANGE footer, if the trailers have one (for any subject, conventional or not).</summary>
    public static string? BreakingNoteOf(IReadOnlyList<Trailer>? trailers)
    {
        foreach (var trailer in trailers ?? [])
        {
            if (trailer.Key is "BREAKING CHANGE" or "BREAKING-CHANGE")
            {
                return trailer.Value;
            }
        }

        return null;
    }
}
