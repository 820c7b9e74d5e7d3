using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Versioning;

namespace Slipway.Core.Notes;

/// <summary>
/// What a release's notes do to its <c>notes.file</c>. A file named for the release
/// (<c>changelogs/CHANGELOG-v{version}.md</c>) holds those notes alone. One file for every release
/// (<c>CHANGELOG.md</c>, a template without placeholders) keeps the releases before: the new notes go
/// above them, below the file's own title and preamble and below a Keep a Changelog
/// <c>[Unreleased]</c> section, where release-please, standard-version and <c>git cliff --prepend</c>
/// put them. Notes of the same version already there (a release resumed after this step, or
/// <c>notes --write</c> run twice) are replaced, not repeated. Every byte outside the release's own
/// section is kept, line endings included.
/// </summary>
public static class ChangelogFile
{
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The text of the file as it is (null when there is none). A file per release is replaced whole,
    /// its old text only shown; one of every release is refused when it is not UTF-8 text: its bytes
    /// outside the new section are written back as they were, which only UTF-8 read strictly
    /// guarantees (a byte-order mark stays, as the first character).
    /// </summary>
    /// <param name="template">The configured notes.file.</param>
    public static string? Read(string template, byte[]? bytes, string path)
    {
        if (bytes is null || !NotesSettings.HoldsEveryRelease(template))
        {
            return bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes);
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Contains('\0', StringComparison.Ordinal) ? throw new System.Text.DecoderFallbackException("a NUL character") : text;
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new SlipwayException(Errors.WriteFailed, $"{path} is not UTF-8 text: the release's notes would change bytes of it outside their section; nothing was written",
                "convert the file to UTF-8, or write the notes to a file per release (changelogs/CHANGELOG-v{version}.md)");
        }
    }

    /// <summary>The file's new text: the notes alone, or the notes in their place among the file's releases.</summary>
    /// <param name="template">The configured notes.file.</param>
    /// <param name="existing">The file's text, null when it does not exist yet.</param>
    /// <param name="tag">The version's tag: a heading may name the release by it.</param>
    public static string Written(string template, string? existing, string notes, SemVersion version, string tag)
    {
        if (!NotesSettings.HoldsEveryRelease(template) || string.IsNullOrWhiteSpace(existing))
        {
            return notes;
        }

        var named = new VersionTokenScanner(version.ToString(), tag);
        var heading = MarkdownHeadings.Of(notes).FirstOrDefault(h => h.Names(named))
            ?? throw new SlipwayException(Errors.NotesFileNeedsHeading,
                $"notes.file {template} holds every release, but the notes of {version} have no heading that names the version: neither this release nor the next could tell where they end",
                "use a style whose notes start with the version (keep-a-changelog, conventional-changelog) or a template that does, or a file per release (changelogs/CHANGELOG-v{version}.md)");

        var newline = existing.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var section = notes.TrimEnd('\n').Replace("\n", newline, StringComparison.Ordinal) + newline;
        var headings = MarkdownHeadings.Of(existing);
        if (headings.FirstOrDefault(h => h.Level == heading.Level && h.Names(named)) is { } same)
        {
            // This release's section, up to the next heading of its level or above, is replaced.
            var end = headings.FirstOrDefault(h => h.Offset > same.Offset && h.Level <= same.Level)?.Offset ?? existing.Length;
            return existing[..same.Offset] + section + (end < existing.Length ? newline : string.Empty) + existing[end..];
        }

        // Above the newest release: the first heading of the notes' level that is not [Unreleased].
        if (headings.FirstOrDefault(h => h.Level == heading.Level && !h.IsUnreleased) is { } newest)
        {
            return existing[..newest.Offset] + section + newline + existing[newest.Offset..];
        }

        // No release yet: after the file's text, one blank line apart, its own line endings kept.
        var separator = existing.EndsWith(newline + newline, StringComparison.Ordinal) ? string.Empty : existing.EndsWith(newline, StringComparison.Ordinal) ? newline : newline + newline;
        return existing + separator + section;
    }
}
