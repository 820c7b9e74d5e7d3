using System.Text.RegularExpressions;

namespace Slipway.Corpus;

/// <summary>A line a commit (or a bump) rewrote in place: its file, its number before, and its text before and after.</summary>
internal sealed record ChangedLine(string File, int Line, string Old, string New)
{
    public override string ToString() => $"{File}:{Line}: '{Old.Trim()}' -> '{New.Trim()}'";
}

/// <summary>A line only added or only removed (a changelog entry, a deleted manifest).</summary>
internal sealed record LoneLine(string File, int Line, string Text, bool Added);

/// <summary>
/// The changes of a zero-context diff, with each hunk's removed and added lines paired into
/// in-place rewrites: by position when the hunk removes as many lines as it adds, else by the line's
/// shape with version numbers masked. What pairs with nothing stays a lone line.
/// </summary>
internal sealed partial class LineChanges
{
    public List<ChangedLine> Rewrites { get; } = [];

    public List<LoneLine> Lone { get; } = [];

    public HashSet<string> BinaryFiles { get; } = new(StringComparer.Ordinal);

    public static LineChanges Parse(string diff)
    {
        var changes = new LineChanges();
        string? file = null;
        var oldLine = 0;
        var newLine = 0;
        var removed = new List<(int Line, string Text)>();
        var added = new List<(int Line, string Text)>();
        var oldLeft = 0;
        var newLeft = 0;
        foreach (var line in diff.Split('\n'))
        {
            // Inside a hunk its counts decide what a line is: a removed "-- comment" shows as "--- comment".
            if (oldLeft > 0 && line.StartsWith('-'))
            {
                removed.Add((oldLine++, line[1..]));
                oldLeft--;
                continue;
            }

            if (newLeft > 0 && line.StartsWith('+'))
            {
                added.Add((newLine++, line[1..]));
                newLeft--;
                continue;
            }

            if (line.StartsWith("diff --git ", StringComparison.Ordinal) || line.StartsWith("@@", StringComparison.Ordinal))
            {
                changes.Flush(file, removed, added);
            }

            if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                file = line == "+++ /dev/null" ? file : line[6..];
            }
            else if (line.StartsWith("--- ", StringComparison.Ordinal))
            {
                file = line == "--- /dev/null" ? null : line[6..];
            }
            else if (line.StartsWith("Binary files ", StringComparison.Ordinal))
            {
                changes.BinaryFiles.Add(line);
            }
            else if (HunkHeader().Match(line) is { Success: true } hunk)
            {
                oldLine = Number(hunk.Groups["old"].Value);
                newLine = Number(hunk.Groups["new"].Value);
                oldLeft = hunk.Groups["oldCount"].Success ? Number(hunk.Groups["oldCount"].Value) : 1;
                newLeft = hunk.Groups["newCount"].Success ? Number(hunk.Groups["newCount"].Value) : 1;
            }
        }

        changes.Flush(file, removed, added);
        return changes;
    }

    private static int Number(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The line with every version-like token replaced by one mark: two lines of one shape differ only in versions.</summary>
    public static string Mask(string line) => VersionToken().Replace(line, "\u0001");

    /// <summary>
    /// The line's shape: masked, with its spacing made one blank. A table's columns are padded to
    /// their widest cell, so a row keeps its shape when another row (a longer description) widens them.
    /// </summary>
    public static string Shape(string line) => Blanks().Replace(Mask(line.TrimEnd('\r')), " ");

    private void Flush(string? file, List<(int Line, string Text)> removed, List<(int Line, string Text)> added)
    {
        if (file is not null)
        {
            if (removed.Count == added.Count)
            {
                Rewrites.AddRange(removed.Zip(added, (r, a) => new ChangedLine(file, r.Line, r.Text, a.Text)));
            }
            else
            {
                PairByShape(file, removed, added);
            }
        }

        removed.Clear();
        added.Clear();
    }

    private void PairByShape(string file, List<(int Line, string Text)> removed, List<(int Line, string Text)> added)
    {
        var free = new List<(int Line, string Text)>(removed);
        foreach (var a in added)
        {
            var index = free.FindIndex(r => Mask(r.Text) == Mask(a.Text));
            if (index < 0)
            {
                Lone.Add(new LoneLine(file, a.Line, a.Text, Added: true));
                continue;
            }

            Rewrites.Add(new ChangedLine(file, free[index].Line, free[index].Text, a.Text));
            free.RemoveAt(index);
        }

        Lone.AddRange(free.Select(r => new LoneLine(file, r.Line, r.Text, Added: false)));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blanks();

    [GeneratedRegex(@"^@@ -(?<old>\d+)(,(?<oldCount>\d+))? \+(?<new>\d+)(,(?<newCount>\d+))? @@")]
    private static partial Regex HunkHeader();

    [GeneratedRegex(@"(?:(?<=(?:^|[^0-9A-Za-z])v)|(?<![0-9A-Za-z.]))\d+\.\d+(\.\d+)?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?(?![0-9A-Za-z])")]
    private static partial Regex VersionToken();
}
