using Spectre.Console;

namespace Slipway.Cli.Infrastructure;

/// <summary>
/// Spectre consoles over an injected writer, as wide as the terminal (tables fit it), and wide when
/// the output is not a terminal so logs keep whole lines, then without the padding at line ends.
/// </summary>
internal static class ConsoleFactory
{
    /// <summary>The width of output that goes to a file or a pipe, where nothing wraps it.</summary>
    public const int UnboundedWidth = 200;

    public static IAnsiConsole Create(TextWriter writer, bool isTerminal, bool color, int? width)
    {
        // Always the ANSI back end: the other one resets System.Console's colours around every piece
        // of text, which writes escape sequences to the terminal behind the writer's back even when
        // colour is off. Without colour, the styles it still asks for are dropped on the way out.
        var output = color ? writer : new EscapeStripper(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No, // Slipway asks its own questions (ReleaseSession.Confirm)
            Out = new AnsiConsoleOutput(isTerminal ? output : new TrailingSpaceTrimmer(output)),
        });
        console.Profile.Width = isTerminal ? width ?? 80 : width ?? UnboundedWidth;

        // Set, so Spectre never asks System.Console for the window's height: that sets up the
        // terminal's keypad mode, which writes escapes. Nothing Slipway prints pages or fills a screen.
        console.Profile.Height = 24;
        return console;
    }
}
