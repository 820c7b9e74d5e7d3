using System.Text;

namespace Slipway.Core.Notes.Styles;

/// <summary>Markdown blocks separated by exactly one blank line, and the line formats the styles share.</summary>
internal sealed class MarkdownWriter
{
    private readonly StringBuilder _text = new();

    public MarkdownWriter Block(string block)
    {
        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        _text.Append(block.TrimEnd('\n')).Append('\n');
        return this;
    }

    public MarkdownWriter Section(string heading, IEnumerable<string> lines) => Block($"## {heading}").Block(string.Join('\n', lines));

    public override string ToString() => _text.ToString();

    /// <summary>GitHub's generated line: <c>* title by @login in link</c>.</summary>
    public static string GeneratedLine(ChangeModel change) => $"* {change.Title} by {change.Author.Display} in {change.Link}";

    /// <summary><c>(#12)</c> for a PR, <c>(abc1234)</c> for a commit without one.</summary>
    public static string Reference(ChangeModel change) => change.PullRequest is { } pr ? $"(#{pr})" : $"({change.ShortSha})";

    public static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string FullChangelog(NotesModel model) => $"**Full Changelog**: {model.FullChangelogText}";
}
