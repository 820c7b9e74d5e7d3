using Slipway.Core.Text;

namespace Slipway.Cli.Output;

/// <summary>
/// Text from outside Slipway (file contents, commit subjects, git's and servers' messages, values of
/// slipway.yaml) as it is shown to people: control characters and bidirectional overrides escaped,
/// so that the terminal shows them instead of obeying them. JSON output needs none of this: the
/// serializer escapes them.
/// </summary>
internal static class Shown
{
    /// <summary>For Spectre markup: escaped, then with its markup brackets escaped too.</summary>
    public static string Markup(string text) => Spectre.Console.Markup.Escape(PrintableText.Escape(text));

    /// <summary>For a plain line.</summary>
    public static string Plain(string text) => PrintableText.Escape(text);
}
