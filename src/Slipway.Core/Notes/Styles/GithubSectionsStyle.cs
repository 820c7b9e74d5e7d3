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

    /// <summary>Whether a section lists plain lines (no text), so its changes' texts are not needed.</summary>
    public static bool IsPlain(string key) => PlainSections.Contains(key);

    public void Write(NotesModel model, TextWriter output)
    {
        var text = new MarkdownWriter(output);
        if (model.Highlights is { } highlights)
        {
            text.Block("## Highlights").Block(highlights.Trim());
        }

        foreach (var section in model.Sections)
        {
            var plain = PlainSections.Contains(section.Key);
            text.Section(section, plain ? Plain : Titled);
        }

        if (model.Installation is { } installation)
        {
            text.Block("## Installation").Block(installation.Trim());
        }

        if (model.Changes.Count > 0)
        {
            text.Section("All Changes", model.Changes, MarkdownWriter.GeneratedLine);
        }

        text.Block(MarkdownWriter.FullChangelog(model));
    }

    private static void Titled(TextWriter output, ChangeModel change)
    {
        output.Write("- **");
        MarkdownWriter.WriteCapitalized(output, change.Title.AsSpan(change.DescriptionStart));
        output.Write("** ");
        MarkdownWriter.WriteReference(output, change);
        var text = change.Breaking && change.BreakingNote is { } note ? note : change.Text;
        if (text.Length > 0)
        {
            output.Write(": ");
            WriteOneLine(output, text);
        }
    }

    private static void Plain(TextWriter output, ChangeModel change)
    {
        output.Write("- ");
        MarkdownWriter.WriteCapitalized(output, change.Title.AsSpan(change.DescriptionStart));
        output.Write(' ');
        MarkdownWriter.WriteReference(output, change);
    }

    // The text's lines, trimmed and joined by spaces, written piece by piece: splitting and joining
    // made several strings for every change of a long history.
    private static void WriteOneLine(TextWriter output, string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            output.Write(text);
            return;
        }

        var first = true;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (!first)
            {
                output.Write(' ');
            }

            output.Write(line);
            first = false;
        }
    }
}
