using System.Text.Json;
using System.Text.RegularExpressions;

namespace Slipway.Corpus;

/// <summary>Of the version lines a release really rewrote, how many <c>slipway init</c> proposed on the tree before it.</summary>
internal sealed record InitOutcome(string? Error, int Lines, int Proposed, int Candidates, List<ChangedLine> NotFound)
{
    /// <summary>What 'slipway show' said of the starter file with every candidate uncommented, when it did not agree (null: it did).</summary>
    public string? ShowProblem { get; init; }
}

/// <summary>
/// Runs <c>slipway init --json</c> on the tree before the release (the replay's own configuration
/// removed) and looks up each real version line among the references it proposes and, apart, among
/// the commented candidates it lists (the remaining occurrences of the current version).
/// </summary>
internal static class InitReplay
{
    private const string InitConfig = ".slipway-init.yaml";

    public static InitOutcome Run(WorkClone clone, Release release, List<ChangedLine> realVersionLines)
    {
        clone.Checkout(release.Before);
        var (exit, output, error) = clone.Slipway("init", "--json", "--force", "--config", InitConfig);
        var showProblem = exit == 0 ? ShowWithCandidates(clone) : null;
        File.Delete(Path.Combine(clone.Path, InitConfig));
        if (exit != 0)
        {
            return new InitOutcome($"init failed (exit {exit}): {error.Trim()}", realVersionLines.Count, 0, 0, realVersionLines);
        }

        using var document = JsonDocument.Parse(output);
        var proposed = Proposed(document.RootElement);
        var candidates = document.RootElement.GetProperty("candidates").EnumerateArray()
            .SelectMany(c => c.GetProperty("places").EnumerateArray())
            .Select(p => (p.GetProperty("file").GetString()!, p.GetProperty("line").GetInt32()))
            .ToHashSet();
        var inProposed = realVersionLines.Count(l => proposed.Contains((l.File, l.Line)));
        var inCandidates = realVersionLines.Count(l => !proposed.Contains((l.File, l.Line)) && candidates.Contains((l.File, l.Line)));
        var notFound = realVersionLines.Where(l => !proposed.Contains((l.File, l.Line)) && !candidates.Contains((l.File, l.Line))).ToList();
        return new InitOutcome(null, realVersionLines.Count, inProposed, inCandidates, notFound) { ShowProblem = showProblem };
    }

    // The starter file must read back on the real tree, every candidate uncommented too: a locator
    // init suggests that show cannot read, or that reads another version, is a fault of init.
    private static string? ShowWithCandidates(WorkClone clone)
    {
        var path = Path.Combine(clone.Path, InitConfig);
        var candidates = false;
        var lines = File.ReadAllLines(path).Select(line =>
        {
            candidates |= line.StartsWith("  # Other places that hold", StringComparison.Ordinal);
            return candidates && Regex.IsMatch(line, @"^  # (- |  )[a-z-]+: ") ? "  " + line[4..] : line;
        });
        File.WriteAllLines(path, lines);
        var (exit, output, error) = clone.Slipway("show", "--config", InitConfig, "--json");
        if (exit == 0)
        {
            return null;
        }

        try
        {
            using var report = JsonDocument.Parse(output);
            var wrong = report.RootElement.GetProperty("references").EnumerateArray()
                .Where(r => r.GetProperty("status").GetString() is "differs" or "problem")
                .Select(r => $"{r.GetProperty("file").GetString()} {r.GetProperty("locator").GetString()}: {(r.TryGetProperty("note", out var n) ? n.GetString() : r.GetProperty("value").GetString())}")
                .ToList();
            return $"{wrong.Count} reference(s) do not agree: {string.Join("; ", wrong.Take(3))}";
        }
        catch (JsonException)
        {
            return $"exit {exit}: {error.Trim()}";
        }
    }

    /// <summary>The lines init proposes: every line each reference finds (a pattern with a count finds several).</summary>
    internal static HashSet<(string File, int Line)> Proposed(JsonElement root) =>
        root.TryGetProperty("references", out var list)
            ? list.EnumerateArray()
                .SelectMany(e => (e.TryGetProperty("lines", out var lines) ? lines.EnumerateArray().Select(l => l.GetInt32()) : [e.GetProperty("line").GetInt32()])
                    .Select(line => (e.GetProperty("file").GetString()!, line)))
                .ToHashSet()
            : [];
}
