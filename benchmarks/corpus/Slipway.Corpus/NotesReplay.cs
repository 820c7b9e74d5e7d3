using System.Text.Json;
using System.Text.RegularExpressions;

namespace Slipway.Corpus;

/// <summary>One entry of a release's notes: its title and, where it names one, its pull request.</summary>
internal sealed record NoteEntry(string Title, int? PullRequest);

/// <summary>The project's own notes of a release against <c>slipway notes</c> for the same range.</summary>
internal sealed record NotesOutcome(string? Error, List<NoteEntry> Real, List<NoteEntry> Ours, List<(NoteEntry Real, NoteEntry Ours)> Found, List<NoteEntry> Missing, List<NoteEntry> Extra)
{
    /// <summary>Where Slipway's notes started: the previous release, or the release the changelog's section says it covers from.</summary>
    public string? From { get; init; }

    public int Exact => Found.Count(f => f.Real.Title == f.Ours.Title);
}

/// <summary>
/// Reads the release's entries from the project's notes file (its section, found by the heading
/// pattern; its entries, by the entry pattern) and matches them with Slipway's: by pull request
/// where both name one, else by title with case, spacing and trailing punctuation ignored.
/// </summary>
internal static class NotesReplay
{
    /// <param name="listsPullRequests">The style lists every pull request (whats-changed, as GitHub's generated notes), not the changes of its sections.</param>
    public static NotesOutcome? Run(WorkClone clone, ProjectManifest project, Release release, string head, EraConfig config, bool listsPullRequests)
    {
        if (project.Notes is not { } notes)
        {
            return null;
        }

        var version = release.Version.ToString();
        var file = notes.File.Replace("{version}", version, StringComparison.Ordinal);
        var at = notes.At == "head" ? head : release.Tag;
        var text = clone.Git.Run("show", $"{at}:{file}");
        if (!text.Succeeded)
        {
            return new NotesOutcome($"{file} is not in {at}", [], [], [], [], []);
        }

        var changelog = text.Output.ReplaceLineEndings("\n");
        var real = Section(changelog, notes, version);
        if (real.Count == 0)
        {
            return null;
        }

        // The range the section says it covers (its compare link), where it names one that is a tag here.
        var from = CoveredFrom(changelog, notes, version) is { } covered && clone.Git.Run("rev-parse", "--verify", "--quiet", $"refs/tags/{covered}").Succeeded ? covered : release.NotesFrom;
        clone.WriteConfig(config);
        string[] range = ["notes", "--version", version, "--from", from, "--to", release.Tag, "--config", WorkClone.ConfigName];
        var (exit, output, error) = clone.Slipway([.. range, "--json"]);
        var printed = exit == 0 ? clone.Slipway(range) : default;
        clone.RemoveConfig();
        if (exit != 0 || printed.Exit != 0)
        {
            return new NotesOutcome($"notes failed (exit {(exit != 0 ? exit : printed.Exit)}): {(exit != 0 ? error : printed.Error).Trim()}", real, [], [], real, []) { From = from };
        }

        return Score(real, Changes(output, notes.Compare == "description", listsPullRequests, new PrintedTitles(printed.Out))) with { From = from };
    }

    /// <summary>Matches Slipway's entries with the real ones: by pull request where both name one, else by title.</summary>
    internal static NotesOutcome Score(List<NoteEntry> real, List<NoteEntry> ours)
    {
        var found = new List<(NoteEntry, NoteEntry)>();
        var left = new List<NoteEntry>(ours);
        var missing = new List<NoteEntry>();
        foreach (var entry in real)
        {
            var match = left.FirstOrDefault(o => entry.PullRequest is { } pr && o.PullRequest == pr)
                ?? left.FirstOrDefault(o => Normal(o.Title) == Normal(entry.Title));
            if (match is null)
            {
                missing.Add(entry);
                continue;
            }

            found.Add((entry, match));
            left.Remove(match);
        }

        return new NotesOutcome(null, real, ours, found, missing, left);
    }

    /// <summary>The release the section's heading says it starts after (its <c>from</c> group, a compare link's base), if it names one.</summary>
    internal static string? CoveredFrom(string text, NotesManifest notes, string version) =>
        Heading(notes, version).Match(text) is { Success: true } start && start.Groups["from"] is { Success: true } from ? from.Value : null;

    private static Regex Heading(NotesManifest notes, string version) =>
        new(notes.Heading.Replace("{version}", Regex.Escape(version), StringComparison.Ordinal), RegexOptions.Multiline);

    /// <summary>The entries of the release's section of the notes file.</summary>
    internal static List<NoteEntry> Section(string text, NotesManifest notes, string version)
    {
        var start = Heading(notes, version).Match(text);
        if (!start.Success)
        {
            return [];
        }

        var body = text[(start.Index + start.Length)..];
        body = body.Split('\n', 2) is [_, var rest] ? rest : string.Empty;
        var next = new Regex(notes.Next, RegexOptions.Multiline).Match(body);
        if (next.Success)
        {
            body = body[..next.Index];
        }

        if (notes.Wrapped)
        {
            body = Regex.Replace(body, @"\r?\n[ \t]+(?=\S)", " ");
        }

        if (notes.Exclude is { } exclude)
        {
            body = Regex.Replace(body, $"(?:{exclude})[^\n]*\n(?:(?!#)[^\n]*\n?)*", string.Empty, RegexOptions.Multiline);
        }

        return new Regex(notes.Entry, RegexOptions.Multiline).Matches(body)
            .Select(m => new NoteEntry(Plain(m.Groups["title"].Value), m.Groups["pr"].Success ? int.Parse(m.Groups["pr"].Value, System.Globalization.CultureInfo.InvariantCulture) : null))
            .ToList();
    }

    /// <summary>
    /// What the configured style prints of <c>notes --json</c>, whose model holds every change: the
    /// changes that came through a pull request (whats-changed prints no direct commit), or the
    /// changes of its sections (a change in two sections counts once), each titled as the notes print it.
    /// </summary>
    internal static List<NoteEntry> Changes(string json, bool description, bool listsPullRequests, PrintedTitles printed)
    {
        using var document = JsonDocument.Parse(json);
        var changes = listsPullRequests
            ? document.RootElement.GetProperty("changes").EnumerateArray().Where(c => c.TryGetProperty("pullRequest", out var pr) && pr.ValueKind == JsonValueKind.Number)
            : document.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("changes").EnumerateArray());
        return changes
            .DistinctBy(c => c.GetProperty("sha").GetString())
            .Select(c =>
            {
                int? pr = c.TryGetProperty("pullRequest", out var number) && number.ValueKind == JsonValueKind.Number ? number.GetInt32() : null;
                var title = c.GetProperty(description ? "description" : "title").GetString() ?? string.Empty;
                return new NoteEntry(printed.AsPrinted(title, pr, c.GetProperty("sha").GetString() ?? string.Empty), pr);
            })
            .ToList();
    }

    // What the reader sees: a changelog generator links issue numbers ([#764](…)) and escapes HTML
    // (-&gt;) where the commit says #764 and ->; neither is a different title.
    private static string Plain(string title) =>
        System.Net.WebUtility.HtmlDecode(Regex.Replace(title, @"\[(#\d+)\]\([^)\s]*\)", "$1")).Trim();

    private static string Normal(string title) => Regex.Replace(title.Trim().TrimEnd('.', '!').ToLowerInvariant(), @"\s+", " ");
}
