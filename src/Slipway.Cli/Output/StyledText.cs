using Spectre.Console;
using Spectre.Console.Rendering;

namespace Slipway.Cli.Output;

/// <summary>A table cell as words, each a run of styled pieces, so it can be wrapped between words without losing its colour.</summary>
internal sealed class StyledText
{
    private readonly List<List<Segment>> _words;

    private StyledText(List<List<Segment>> words) => _words = words;

    /// <summary>The width of the cell on one line, its words one space apart.</summary>
    public int Width => _words.Sum(WidthOf) + Math.Max(0, _words.Count - 1);

    /// <summary>The widest word: the narrowest the cell can be without cutting a word.</summary>
    public int LongestWord => _words.Count == 0 ? 0 : _words.Max(WidthOf);

    public static StyledText FromMarkup(string markup, RenderOptions options)
    {
        var words = new List<List<Segment>>();
        var current = new List<Segment>();
        foreach (var segment in ((IRenderable)new Markup(markup)).Render(options, int.MaxValue))
        {
            if (segment.IsControlCode)
            {
                continue;
            }

            // Split each piece at white space, keeping its style on every part.
            var text = segment.IsLineBreak ? " " : segment.Text;
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    continue;
                }

                if (i > start)
                {
                    current.Add(new Segment(text[start..i], segment.Style));
                }

                if (i < text.Length && current.Count > 0)
                {
                    words.Add(current);
                    current = [];
                }

                start = i + 1;
            }
        }

        if (current.Count > 0)
        {
            words.Add(current);
        }

        return new StyledText(words);
    }

    /// <summary>The cell's lines within <paramref name="width"/>; a word wider than that has a line of its own, whole.</summary>
    public List<List<Segment>> Wrap(int width)
    {
        var lines = new List<List<Segment>>();
        var line = new List<Segment>();
        var used = 0;
        foreach (var word in _words)
        {
            var wordWidth = WidthOf(word);
            if (used > 0 && used + 1 + wordWidth > width)
            {
                lines.Add(line);
                line = [];
                used = 0;
            }

            if (used > 0)
            {
                line.Add(new Segment(" "));
                used++;
            }

            line.AddRange(word);
            used += wordWidth;
        }

        lines.Add(line);
        return lines;
    }

    private static int WidthOf(List<Segment> word) => word.Sum(s => s.CellCount());
}
