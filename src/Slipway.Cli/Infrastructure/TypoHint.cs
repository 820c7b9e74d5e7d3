using System.CommandLine;
using System.CommandLine.Parsing;
using Slipway.Core.Configuration;

namespace Slipway.Cli.Infrastructure;

/// <summary>"Did you mean 'show'?" for a misspelt command or option, the nearest name the command line accepts there.</summary>
internal static class TypoHint
{
    /// <summary>What was not understood and the nearest accepted name, or null when nothing is near.</summary>
    public static (string Message, string Suggestion)? For(ParseResult parse)
    {
        foreach (var token in parse.UnmatchedTokens)
        {
            var command = parse.CommandResult.Command;
            var candidates = token.StartsWith('-')
                ? Options(parse.CommandResult).SelectMany(o => o.Aliases.Prepend(o.Name))
                : command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
            if (Suggestions.Closest(token, candidates.Where(c => c.Length > 2)) is { } nearest)
            {
                var what = token.StartsWith('-') ? "an option" : "a command";
                return ($"'{token}' is not {what} of 'slipway{Path(parse.CommandResult)}'", $"did you mean '{nearest}'?");
            }
        }

        return null;
    }

    // The command's own options and the recursive ones of its parents (the global options).
    private static IEnumerable<Option> Options(CommandResult result)
    {
        foreach (var option in result.Command.Options.Where(o => !o.Hidden))
        {
            yield return option;
        }

        for (var parent = result.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
        {
            foreach (var option in parent.Command.Options.Where(o => o.Recursive && !o.Hidden))
            {
                yield return option;
            }
        }
    }

    private static string Path(CommandResult result)
    {
        var names = new List<string>();
        for (var r = result; r.Parent is CommandResult parent; r = parent)
        {
            names.Insert(0, r.Command.Name);
        }

        return string.Concat(names.Select(n => " " + n));
    }
}
