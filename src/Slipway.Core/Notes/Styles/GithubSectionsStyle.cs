using Slipway.Core.Configuration;

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

    /// <summary>
    /// Descriptions of the changes in titled sections and breaking notes; no first-time contributors
    /// (the SOP's format has no such section).
    /// </summary>
    public NotesCapabilities Capabilities(NotesSettings settings)
    {
        var titled = settings.Sections.Select(s => s.Key).Where(k => !PlainSections.Contains(k)).ToHashSet(StringComparer.Ordinal);
        return new NotesCapabilities((title, breaking) => title is { } t && (breaking || titled.Contains(t.Type)), NewContributors: false, PreReleaseLine: true, PullRequestsOnly: false);
    }

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
            output.Write(text); // one line already: a description, or a breaking note
        }
    }

    private static void Plain(TextWriter output, ChangeModel change)
    {
        output.Write("- ");
        MarkdownWriter.WriteCapitalized(output, change.Title.AsSpan(change.DescriptionStart));
        output.Write(' ');
        MarkdownWriter.WriteReference(output, change);
    }
}
