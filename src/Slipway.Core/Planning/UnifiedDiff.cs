using System.Globalization;
using System.Text;

namespace Slipway.Core.Planning;

/// <summary>A unified diff (as <c>git diff</c> prints it) between two texts, from a Myers line diff.</summary>
public static class UnifiedDiff
{
    public static string Create(string path, string? oldText, string? newText, int context = 3)
    {
        var oldLines = SplitLines(oldText ?? string.Empty);
        var newLines = SplitLines(newText ?? string.Empty);
        var script = LineDiff.Compute(oldLines, newLines);
        var output = new StringBuilder();
        output.Append("--- ").Append(oldText is null ? "/dev/null" : "a/" + path).Append('\n');
        output.Append("+++ ").Append(newText is null ? "/dev/null" : "b/" + path).Append('\n');
        foreach (var hunk in Hunks(script, context))
        {
            AppendHunk(output, hunk, oldLines, newLines);
        }

        return output.ToString();
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    private static IEnumerable<List<LineDiff.Op>> Hunks(List<LineDiff.Op> script, int context)
    {
        var changeIndexes = script.Select((op, i) => (op, i)).Where(x => x.op.Kind != LineDiff.Kind.Keep).Select(x => x.i).ToList();
        var i = 0;
        while (i < changeIndexes.Count)
        {
            var start = Math.Max(0, changeIndexes[i] - context);
            var end = changeIndexes[i];
            while (i + 1 < changeIndexes.Count && changeIndexes[i + 1] - end <= 2 * context)
            {
                end = changeIndexes[++i];
            }

            i++;
            yield return script.GetRange(start, Math.Min(script.Count, end + context + 1) - start);
        }
    }

    private static void AppendHunk(StringBuilder output, List<LineDiff.Op> hunk, List<string> oldLines, List<string> newLines)
    {
        var oldStart = hunk[0].OldIndex;
        var newStart = hunk[0].NewIndex;
        var oldCount = hunk.Count(op => op.Kind != LineDiff.Kind.Insert);
        var newCount = hunk.Count(op => op.Kind != LineDiff.Kind.Delete);
        output.Append(CultureInfo.InvariantCulture, $"@@ -{Range(oldStart, oldCount)} +{Range(newStart, newCount)} @@\n");
        foreach (var op in hunk)
        {
            var (marker, line) = op.Kind switch
            {
                LineDiff.Kind.Keep => (' ', oldLines[op.OldIndex]),
                LineDiff.Kind.Delete => ('-', oldLines[op.OldIndex]),
                _ => ('+', newLines[op.NewIndex]),
            };
            output.Append(marker).Append(line.TrimEnd('\n').TrimEnd('\r')).Append('\n');
            if (!line.EndsWith('\n'))
            {
                output.Append("\\ No newline at end of file\n");
            }
        }
    }

    // git prints an empty range as "N,0" where N is the line before it.
    private static string Range(int start, int count) => count switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{start},0"),
        1 => (start + 1).ToString(CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}"),
    };
}
