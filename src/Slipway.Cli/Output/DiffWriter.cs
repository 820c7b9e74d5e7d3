using Spectre.Console;

namespace Slipway.Cli.Output;

/// <summary>Prints a unified diff, coloured as git colours it when the console has colour.</summary>
internal static class DiffWriter
{
    public static void Write(IAnsiConsole console, string diff)
    {
        foreach (var line in diff.TrimEnd('\n').Split('\n'))
        {
            var escaped = Shown.Markup(line);
            console.MarkupLine(line switch
            {
                _ when line.StartsWith("+++", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal) => $"[bold]{escaped}[/]",
                _ when line.StartsWith("@@", StringComparison.Ordinal) => $"[cyan]{escaped}[/]",
                _ when line.StartsWith('+') => $"[green]{escaped}[/]",
                _ when line.StartsWith('-') => $"[red]{escaped}[/]",
                _ => escaped,
            });
        }
    }
}
