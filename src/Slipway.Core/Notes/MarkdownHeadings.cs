using Slipway.Core.Versioning;

namespace Slipway.Core.Notes;

/// <summary>A Markdown ATX heading of a changelog: where its line starts, its level (the number of #) and its text.</summary>
internal sealed record MarkdownHeading(int Offset, int Level, string Text)
{
    /// <summary>Keep a Changelog's section for what is not released yet, which stays on top.</summary>
    public bool IsUnreleased => Text.Contains("unreleased", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the heading names the version as a whole token, bare or as its tag, as audit finds
    /// versions: <c>[1.2.0]</c>, <c>v1.2.0</c> and <c>1.2.0 (2026-01-01)</c> do; <c>11.2.0</c>,
    /// <c>1.2.0-rc.1</c> and <c>1.2.0.1</c> do not.
    /// </summary>
    public bool Names(VersionTokenScanner version) => version.Find(System.Text.Encoding.UTF8.GetBytes(Text)).Count > 0;
}

/// <summary>Finds the ATX headings of a Markdown text, outside fenced code blocks (a '## ' line in a shell sample is not one).</summary>
internal static class MarkdownHeadings
{
    public static List<MarkdownHeading> Of(string text)
    {
        var headings = new List<MarkdownHeading>();
        string? fence = null;
        for (var start = 0; start < text.Length;)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(start, end - start).TrimEnd('\r');
            var trimmed = line.TrimStart(' ');
            var indent = line.Length - trimmed.Length;
            if (indent <= 3 && (trimmed.StartsWith("```") || trimmed.StartsWith("~~~")))
            {
                var marker = trimmed[..3].ToString();
                fence = fence is null ? marker : fence == marker ? null : fence;
            }
            else if (fence is null && indent <= 3 && Level(trimmed) is var level and > 0)
            {
                headings.Add(new MarkdownHeading(start, level, trimmed[level..].Trim().ToString()));
            }

            start = end + 1;
        }

        return headings;
    }

    // 1-6 '#' followed by a space or the end of the line, as CommonMark has it.
    private static int Level(ReadOnlySpan<char> line)
    {
        var level = 0;
        while (level < line.Length && line[level] == '#')
        {
            level++;
        }

        return level is >= 1 and <= 6 && (level == line.Length || line[level] is ' ' or '\t') ? level : 0;
    }
}
