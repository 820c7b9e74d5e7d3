using Slipway.Core.Configuration;

namespace Slipway.Core.Notes.Styles;

/// <summary>
/// The format conventional-changelog's conventionalcommits preset writes, and with it release-please
/// and standard-version: a heading linking the comparison, then ⚠ BREAKING CHANGES, then a section
/// per commit type (Features, Bug Fixes, Performance Improvements, Reverts, Dependencies; the other
/// types are hidden, as there), each line <c>* **scope:** description ([#N](…)) ([sha](…))</c> with
/// the description exactly as the commit wrote it. A project that keeps such a CHANGELOG goes on in
/// its own format.
/// </summary>
public sealed class ConventionalChangelogStyle(NotesSettings notes) : INotesStyle
{
    // The preset's visible types and their headings. A configured notes.sections replaces them
    // (keyed by type: release-please's changelog-sections, such as 'chore: 🧹 Chore').
    private static readonly KeyValuePair<string, string>[] PresetSections =
    [
        new("feat", "Features"),
        new("fix", "Bug Fixes"),
        new("perf", "Performance Improvements"),
        new("revert", "Reverts"),
        new("deps", "Dependencies"),
    ];

    /// <summary>No descriptions and no authors: only the breaking notes, which the ⚠ section prints.</summary>
    public NotesCapabilities Capabilities(NotesSettings settings) =>
        new(static (_, breaking) => breaking, NewContributors: false, PreReleaseLine: true, PullRequestsOnly: false, Authors: false);

    public void Write(NotesModel model, TextWriter output)
    {
        var text = new MarkdownWriter(output);
        text.Block(model.FullChangelogUrl is { } compare ? $"## [{model.Version}]({compare}) ({model.Date})" : $"## {model.Version} ({model.Date})");
        if (model.Highlights is { } highlights)
        {
            text.Block(highlights.Trim());
        }

        var breaking = model.Changes.Where(c => c.Breaking).ToList();
        var breakingNotices = model.Notices.Where(n => n.Category == "breaking").ToList();
        if (breaking.Count > 0 || breakingNotices.Count > 0)
        {
            text.Block("### ⚠ BREAKING CHANGES").Block(string.Join('\n', breakingNotices.Select(Notice).Concat(breaking.Select(BreakingLine))));
        }

        var byType = model.Changes.Where(c => c.Type is not null).ToLookup(c => c.Type!);
        foreach (var (type, heading) in Sections())
        {
            var notices = type == "feat" ? model.Notices.Where(n => n.Category != "breaking").Select(Notice) : [];
            var lines = notices.Concat(Ordered(byType[type]).Select(Line)).ToList();
            if (lines.Count > 0)
            {
                text.Block($"### {heading}").Block(string.Join('\n', lines));
            }
        }
    }

    // The sections as configured, else the preset's; 'breaking' is the ⚠ section's own.
    private IEnumerable<KeyValuePair<string, string>> Sections() =>
        ReferenceEquals(notes.Sections, NotesSettings.DefaultSections) ? PresetSections : notes.Sections.Where(s => s.Key != "breaking");

    // conventional-changelog sorts a section's commits by scope, then by subject.
    private static IEnumerable<ChangeModel> Ordered(IEnumerable<ChangeModel> changes) =>
        changes.OrderBy(c => c.Scope, StringComparer.Ordinal).ThenBy(c => c.Description, StringComparer.Ordinal);

    private static string Line(ChangeModel change) => $"* {Scope(change)}{change.Description}{PullRequest(change)} {Commit(change)}";

    // The footer's note when the commit wrote one, else its description and pull request.
    private static string BreakingLine(ChangeModel change) =>
        change.BreakingNote is { } note ? $"* {Scope(change)}{note}" : $"* {Scope(change)}{change.Description}{PullRequest(change)}";

    private static string Notice(NoticeModel notice) => $"* **{notice.Title}:** {notice.Text}";

    private static string Scope(ChangeModel change) => change.Scope is { } scope ? $"**{scope}:** " : string.Empty;

    // The generator links a pull request as an issue (GitHub redirects it), and a commit by its whole sha.
    private static string PullRequest(ChangeModel change) => change.PullRequest is not { } pr ? string.Empty
        : change.RepositoryUrl is { } url ? $" ([#{pr}]({url}/issues/{pr}))" : $" (#{pr})";

    private static string Commit(ChangeModel change) => change.CommitUrl is { } url ? $"([{change.ShortSha}]({url}))" : $"({change.ShortSha})";
}
