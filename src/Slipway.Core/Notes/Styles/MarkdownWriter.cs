namespace Slipway.Core.Notes.Styles;

/// <summary>Markdown blocks separated by exactly one blank line, written as they come, and the line formats the styles share.</summary>
internal sealed class MarkdownWriter(TextWriter output)
{
    private bool _started;

    public MarkdownWriter Block(string block)
    {
        Separate();
        output.Write(block.TrimEnd('\n'));
        output.Write('\n');
        return this;
    }

    /// <summary>A heading, then one line per item, each written by <paramref name="line"/> (without its line break).</summary>
    public MarkdownWriter Section<T>(string heading, IEnumerable<T> items, Action<TextWriter, T> line)
    {
        Block($"## {heading}");
        Separate();
        foreach (var item in items)
        {
            line(output, item);
            output.Write('\n');
        }

        return this;
    }

    /// <summary>A heading, the notices (a bold title and their text), then one line per change.</summary>
    /// <remarks>Written in two loops rather than as one sequence of closures: a whole history makes one per change.</remarks>
    public MarkdownWriter Section(SectionModel section, Action<TextWriter, ChangeModel> line)
    {
        Section(section.Title, section.Notices, (output, notice) => NoticeLine(output, notice));
        foreach (var change in section.Changes)
        {
            line(output, change);
            output.Write('\n');
        }

        return this;
    }

    /// <summary>A notice as a line: <c>- **Title**: text</c>, with the style's <paramref name="bullet"/>.</summary>
    public static void NoticeLine(TextWriter output, NoticeModel notice, char bullet = '-') => output.Write($"{bullet} **{notice.Title}**: {notice.Text}");

    private void Separate()
    {
        if (_started)
        {
            output.Write('\n');
        }

        _started = true;
    }

    /// <summary>GitHub's generated line: <c>* title by @login in link</c>.</summary>
    public static void GeneratedLine(TextWriter output, ChangeModel change)
    {
        output.Write("* ");
        output.Write(change.Title);
        output.Write(" by ");
        output.Write(change.Author.Display);
        output.Write(" in ");
        WriteLink(output, change);
    }

    /// <summary>The PR or commit link, written in pieces rather than built as a string for every change.</summary>
    public static void WriteLink(TextWriter output, ChangeModel change)
    {
        if (change.RepositoryUrl is not { } url)
        {
            output.Write(change.Link);
            return;
        }

        output.Write(url);
        if (change.PullRequest is { } pr)
        {
            output.Write("/pull/");
            WriteNumber(output, pr);
        }
        else
        {
            output.Write("/commit/");
            output.Write(change.Sha);
        }
    }

    /// <summary><c>(#12)</c> for a PR, <c>(abc1234)</c> for a commit without one.</summary>
    public static string Reference(ChangeModel change) => change.PullRequest is { } pr ? $"(#{pr})" : $"({change.ShortSha})";

    public static void WriteReference(TextWriter output, ChangeModel change)
    {
        if (change.PullRequest is { } pr)
        {
            output.Write("(#");
            WriteNumber(output, pr);
            output.Write(')');
        }
        else
        {
            output.Write('(');
            output.Write(change.ShortSha);
            output.Write(')');
        }
    }

    // TextWriter.Write(int) makes a string of the number; formatting into a span makes none.
    public static void WriteNumber(TextWriter output, int number)
    {
        Span<char> digits = stackalloc char[11];
        number.TryFormat(digits, out var length, default, System.Globalization.CultureInfo.InvariantCulture);
        output.Write(digits[..length]);
    }

    public static void WriteCapitalized(TextWriter output, ReadOnlySpan<char> text)
    {
        if (text.Length > 0)
        {
            output.Write(char.ToUpperInvariant(text[0]));
            output.Write(text[1..]);
        }
    }

    public static string Capitalized(string text) => text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string FullChangelog(NotesModel model) => $"**Full Changelog**: {model.FullChangelogText}";
}
