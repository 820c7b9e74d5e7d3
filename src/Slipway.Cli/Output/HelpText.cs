using System.CommandLine;
using System.CommandLine.Help;

namespace Slipway.Cli.Output;

/// <summary>
/// Help as System.CommandLine writes it, with two changes it has no seam for (its help builder is
/// internal): the top-level list of commands names each command's arguments as the command's own
/// usage does (<c>tag [&lt;VERSION&gt;]</c>, not <c>tag &lt;VERSION&gt;</c>, and no list of every value),
/// and each command's help ends with examples.
/// </summary>
internal static class HelpText
{
    private const string CommandsHeading = "Commands:";

    /// <summary>Whether the command line asks for help (then <see cref="Write"/> answers it).</summary>
    public static bool IsAsked(ParseResult parse) => parse.Action is HelpAction;

    public static int Write(ParseResult parse, CliIO io)
    {
        // Without a terminal (a pipe, a test) System.CommandLine would not wrap at all.
        ((HelpAction)parse.Action!).MaxWidth = io.Width ?? 80;
        using var captured = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        var code = parse.Invoke(new InvocationConfiguration { Output = captured, Error = io.Error, EnableDefaultExceptionHandler = false });
        // System.CommandLine leaves the space it wrapped at on the end of the line.
        var text = string.Join('\n', captured.ToString().Split('\n').Select(line => line.TrimEnd())).TrimEnd('\n');
        var command = parse.CommandResult.Command;
        if (command is RootCommand root && text.IndexOf(CommandsHeading, StringComparison.Ordinal) is var at and >= 0)
        {
            text = text[..at] + CommandsHeading + "\n" + CommandList(root, io.Width ?? 80);
        }

        io.Out.Write(text.TrimEnd('\n') + "\n");
        if (HelpExamples.For(command) is { Count: > 0 } examples)
        {
            io.Out.Write("\nExamples:\n" + string.Concat(examples.Select(e => $"  {e}\n")));
        }

        return code;
    }

    /// <summary>A command as its own usage line names it: required arguments in &lt;&gt;, optional ones in [&lt;&gt;], "..." after one that takes several.</summary>
    public static string Usage(Command command) =>
        string.Join(' ', command.Arguments.Where(a => !a.Hidden).Select(a => (a.Arity.MinimumNumberOfValues > 0 ? $"<{Label(a)}>" : $"[<{Label(a)}>]") + (a.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty)).Prepend(command.Name));

    private static string Label(Argument argument) => argument.HelpName ?? argument.Name;

    // Two columns, the descriptions wrapped between words to the terminal's width.
    private static string CommandList(RootCommand root, int width)
    {
        var rows = root.Subcommands.Where(c => !c.Hidden).Select(c => (Name: Usage(c), Text: c.Description ?? string.Empty)).ToList();
        var first = rows.Max(r => r.Name.Length) + 4;
        var room = Math.Max(20, width - first);
        var lines = new System.Text.StringBuilder();
        foreach (var (name, text) in rows)
        {
            var prefix = "  " + name.PadRight(first - 2);
            foreach (var line in Wrap(text, room))
            {
                lines.Append(prefix).Append(line).Append('\n');
                prefix = new string(' ', first);
            }
        }

        return lines.ToString();
    }

    private static IEnumerable<string> Wrap(string text, int room)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > room)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        yield return line;
    }
}
