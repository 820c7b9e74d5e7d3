using Spectre.Console;

namespace Slipway.Cli.Infrastructure;

/// <summary>Spectre consoles over an injected writer, wide when the output is not a terminal so logs keep whole lines, and then without the padding at line ends.</summary>
internal static class ConsoleFactory
{
    public static IAnsiConsole Create(TextWriter writer, bool isTerminal, bool color)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(isTerminal ? writer : new TrailingSpaceTrimmer(writer)),
        });
        console.Profile.Width = isTerminal && !Console.IsOutputRedirected ? Math.Max(Console.WindowWidth, 80) : 200;
        return console;
    }
}
