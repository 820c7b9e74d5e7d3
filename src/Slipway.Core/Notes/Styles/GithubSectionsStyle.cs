namespace Slipway.Core.Notes.Styles;

/// <summary>
/// KubeOpenCode's release-notes format (its SOP, step 8): Highlights, Breaking Changes, New
/// Features, Bug Fixes, Refactoring, Dependencies, Installation, All Changes, in that order, empty
/// sections left out, and the Full Changelog link last.
/// </summary>
public sealed class GithubSectionsStyle : INotesStyle
{
    // The SOP writes refactorings and dependency updates as plain lines, the other sections as bold titles with text.
    private static readonly HashSet<string> PlainSections = new(StringComparer.Ordinal) { "refactor", "deps" };

    public string Render(NotesModel model)
    {
        var text = new MarkdownWriter();
        if (model.Highlights is { } highlights)
        {
            text.Section("Highlights", [highlights.Trim()]);
        }

        foreach (var section in model.Sections)
        {
            text.Section(section.Title, section.Changes.Select(c => PlainSections.Contains(section.Key) ? Plain(c) : Titled(c)));
        }

        if (model.Installation is { } installation)
        {
            text.Section("Installation", [installation.Trim()]);
        }

        if (model.Changes.Count > 0)
        {
            text.Section("All Changes", model.Changes.Select(MarkdownWriter.GeneratedLine));
        }

        return text.Block(MarkdownWriter.FullChangelog(model)).ToString();
    }

    private static string Titled(ChangeModel change)
    {
        var line = $"- **{MarkdownWriter.Capitalized(change.Description)}** {MarkdownWriter.Reference(change)}";
        var text = change.Breaking && change.BreakingNote is { } note ? note : change.Text;
        return text.Length == 0 ? line : $"{line}: {OneLine(text)}";
    }

    private static string Plain(ChangeModel change) => $"- {MarkdownWriter.Capitalized(change.Description)} {MarkdownWriter.Reference(change)}";

    private static string OneLine(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
