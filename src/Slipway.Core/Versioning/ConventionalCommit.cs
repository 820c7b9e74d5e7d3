using System.Text.RegularExpressions;
using Slipway.Core.History;

namespace Slipway.Core.Versioning;

/// <summary>
/// A commit subject read as Conventional Commits 1.0.0 defines it: <c>type(scope)!: description</c>,
/// with breaking changes marked by <c>!</c> or a <c>BREAKING CHANGE</c> / <c>BREAKING-CHANGE</c>
/// footer. Types compare case-insensitively and are kept lower-case.
/// </summary>
public sealed partial record ConventionalCommit(string Type, string? Scope, bool Breaking, string Description, string? BreakingNote)
{
    /// <summary>The subject read as a conventional commit, or null when it is not one ("Add …", "Merge …").</summary>
    public static ConventionalCommit? Parse(string subject, IReadOnlyList<Trailer>? trailers = null)
    {
        var match = Header().Match(subject);
        if (!match.Success)
        {
            return null;
        }

        var note = BreakingNoteOf(trailers);
        var scope = match.Groups["scope"].Success ? match.Groups["scope"].Value.Trim() : null;
        return new ConventionalCommit(
            match.Groups["type"].Value.ToLowerInvariant(),
            string.IsNullOrEmpty(scope) ? null : scope,
            match.Groups["bang"].Success || note is not null,
            match.Groups["description"].Value.Trim(),
            note);
    }

    /// <summary>The text of a BREAKING CHANGE footer, if the trailers have one (for any subject, conventional or not).</summary>
    public static string? BreakingNoteOf(IReadOnlyList<Trailer>? trailers) => trailers?
        .FirstOrDefault(t => t.Key is "BREAKING CHANGE" or "BREAKING-CHANGE")?.Value;

    [GeneratedRegex(@"^(?<type>[A-Za-z][A-Za-z0-9-]*)(?:\((?<scope>[^()\r\n]*)\))?(?<bang>!)?: (?<description>\S.*)$")]
    private static partial Regex Header();
}
