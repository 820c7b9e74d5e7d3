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
}
