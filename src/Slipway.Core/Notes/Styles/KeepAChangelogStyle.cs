using Slipway.Core.Configuration;

namespace Slipway.Core.Notes.Styles;

/// <summary>
/// The keepachangelog.com 1.1.0 format: a version heading with its date, then Added, Changed,
/// Deprecated, Removed, Fixed and Security, and the version's link as a reference at the end.
/// Changes that users do not notice (docs, tests, CI, chores) are left out.
/// </summary>
public sealed class KeepAChangelogStyle : INotesStyle
{
    private static readonly string[] Headings = ["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"];

    // Each change goes to the first group that claims it, in this order (a security fix is Security,
    // not Fixed; a breaking feature is Changed, not Added); groups print in the format's own order.
    private static readonly (string Heading, Func<ChangeModel, bool> Claims)[] Claims =
    [
        ("Security", c => c.Type == "security" || c.Scope == "security"),
        ("Changed", c => c.Breaking || c.Category is "deps" || c.Type is "refactor" or "perf"),
        ("Removed", c => c.Type is "remove" or "removed" or "revert"),
        ("Deprecated", c => c.Type is "deprecate" or "deprecated"),
        ("Added", c => c.Type == "feat"),
        ("Fixed", c => c.Type == "fix"),
    ];

    /// <summary>One line per change, no descriptions, no authors and no contributors.</summary>
    public NotesCapabilities Capabilities(NotesSettings settings) => new(static (_, _) => false, NewContributors: false, PreReleaseLine: true, PullRequestsOnly: false, Authors: false);

    public void Write(NotesModel model, TextWriter output)
    {
        var text = new MarkdownWriter(output).Block($"## [{model.Version}] - {model.Date}");
        if (model.Highlights is { } highlights)
        {
            text.Block(highlights.Trim());
        }

        var groups = model.Changes
            .Select(c => (Change: c, Heading: Claims.FirstOrDefault(claim => claim.Claims(c)).Heading))
            .Where(x => x.Heading is not null)
            .ToLookup(x => x.Heading, x => x.Change);
        // A breaking notice is a change of what exists (Changed), a compatible one an addition (Added).
        var notices = model.Notices.ToLookup(n => n.Category == "breaking" ? "Changed" : "Added", n => n.Category == "breaking" ? $"- **Breaking:** **{n.Title}**: {n.Text}" : $"- **{n.Title}**: {n.Text}");
        foreach (var heading in Headings.Where(h => groups.Contains(h) || notices.Contains(h)))
        {
            text.Block($"### {heading}").Block(string.Join('\n', notices[heading].Concat(groups[heading].Select(Line))));
        }

        if (model.FullChangelogUrl is { } url)
        {
            text.Block($"[{model.Version}]: {url}");
        }
    }

    private static string Line(ChangeModel change)
    {
        var prefix = change.Breaking ? "**Breaking:** " : string.Empty;
        var note = change.Breaking && change.BreakingNote is { } n ? $": {n}" : string.Empty;
        return $"- {prefix}{MarkdownWriter.Capitalized(change.Description)} {MarkdownWriter.Reference(change)}{note}";
    }
}
