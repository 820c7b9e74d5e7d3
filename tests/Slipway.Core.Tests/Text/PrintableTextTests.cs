using Slipway.Core.Text;

namespace Slipway.Core.Tests.Text;

/// <summary>Text from outside is shown (escaped) in diagnostics and left out of documents, never obeyed by the terminal.</summary>
public sealed class PrintableTextTests
{
    [Theory]
    [InlineData("feat: plain subject", "feat: plain subject")]
    [InlineData("fix: \u001b[31mred\u001b[0m", "fix: \\x1b[31mred\\x1b[0m")]
    [InlineData("title\u001b]0;owned\u0007", "title\\x1b]0;owned\\x07")]
    [InlineData("ok\rFAIL", "ok\\x0dFAIL")]
    [InlineData("tab\tand\nnewline stay", "tab\tand\nnewline stay")]
    [InlineData("c1 \u009b31m", "c1 \\x9b31m")]
    [InlineData("admin\u202e txt.exe", "admin\\u202e txt.exe")]
    [InlineData("ünïcödé 🚀", "ünïcödé 🚀")]
    public void Escapes_what_a_terminal_would_obey(string text, string shown) => PrintableText.Escape(text).ShouldBe(shown);

    [Fact]
    public void Documents_leave_the_characters_out_and_keep_everything_else()
    {
        using var output = new StringWriter();
        using (var writer = PrintableText.Stripping(output))
        {
            writer.Write("- fix: \u001b[31mred\u001b[0m (#1)\r\n");
            writer.Write('\u001b');
            writer.Write("é\u202e🚀\t".AsSpan());
        }

        output.ToString().ShouldBe("- fix: [31mred[0m (#1)\né🚀\t");
    }

    // IsSafe searches three groups separately: every character is checked against the one list of what
    // a terminal obeys, inside text long enough for the vectorised search and with non-ASCII text
    // (a name, a typographic quote) before it.
    [Fact]
    public void Every_character_is_judged_as_the_list_says()
    {
        var bidirectional = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";
        var padding = new string('a', 40) + "Jürgen’s — ";
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var unsafeChar = (c < 0x20 && c is not '\t' and not '\n') || c is >= 0x7f and <= 0x9f || bidirectional.Contains((char)c, StringComparison.Ordinal);
            var text = padding + (char)c + padding;
            if (PrintableText.IsSafe(text) == unsafeChar)
            {
                throw new ShouldAssertException($"U+{c:X4} is {(unsafeChar ? "unsafe" : "safe")}, IsSafe said otherwise");
            }
        }
    }

    // The writer gathers pieces and passes them on in blocks: what it writes does not depend on where
    // a block ends, nor on pieces longer than a block.
    [Fact]
    public void Documents_are_stripped_the_same_across_the_writers_blocks()
    {
        var expected = new System.Text.StringBuilder();
        using var output = new StringWriter();
        using (var writer = PrintableText.Stripping(output))
        {
            for (var i = 0; i < 5000; i++)
            {
                writer.Write("- fix: ü\u001b[1m");
                writer.Write('\u202e');
                writer.Write(i);
                expected.Append("- fix: ü[1m").Append(i);
            }

            var longPiece = string.Concat(Enumerable.Repeat("é\u0085x", 4000));
            writer.Write(longPiece);
            expected.Append(string.Concat(Enumerable.Repeat("éx", 4000)));
            writer.Write("end\r\n");
            expected.Append("end\n");
        }

        output.ToString().ShouldBe(expected.ToString());
    }
}
