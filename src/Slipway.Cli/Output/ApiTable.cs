using Slipway.Core.Api;
using Slipway.Core.Configuration;
using Spectre.Console;

namespace Slipway.Cli.Output;

/// <summary>
/// The findings 'slipway api' prints for people: breaking first, then by CRD, version and path. The
/// cells are paragraphs built directly, not markup, so that a release's hundreds of findings are
/// not each escaped and parsed back (a fifth of the table's cost); they show the same.
/// </summary>
internal static class ApiTable
{
    public static Table Build(IEnumerable<Finding> findings)
    {
        var classes = new Dictionary<string, Markup>(StringComparer.Ordinal);
        var table = new Table().Border(TableBorder.Simple).AddColumns("Class", "Rule", "CRD", "Path", "Change");
        var ordered = findings
            .OrderBy(f => ApiText.Rank(f.Class))
            .ThenBy(f => f.Crd, StringComparer.Ordinal)
            .ThenBy(f => f.Version, StringComparer.Ordinal)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToList();
        // The texts are cut into Spectre's pieces on every core: for a release's hundreds of findings
        // that was a fifth of the table's time, on one core after the comparison.
        var texts = new Paragraph[ordered.Count][];
        Parallel.For(0, ordered.Count, i => texts[i] = [Text(ordered[i].Rule), Text(ordered[i].Where), Text(ordered[i].Path), Text(ordered[i].Message)]);
        for (var i = 0; i < ordered.Count; i++)
        {
            var shown = Class(ordered[i]);
            if (!classes.TryGetValue(shown, out var cell))
            {
                cell = new Markup(shown);
                classes.Add(shown, cell);
            }

            table.AddRow([cell, .. texts[i]]);
        }

        return table;
    }

    /// <summary>
    /// What <c>new Markup(Shown.Markup(text))</c> shows, built as Spectre's markup parser builds it
    /// (one piece up to each '[' and one for the '[' itself, emoji codes replaced in each: where a
    /// cell wraps depends on its pieces) without escaping and parsing the text.
    /// </summary>
    private static Paragraph Text(string text)
    {
        var shown = Shown.Plain(text);
        var paragraph = new Paragraph();
        for (var start = 0; start < shown.Length;)
        {
            var next = shown.IndexOf('[', start + 1);
            var end = shown[start] == '[' ? start + 1 : next < 0 ? shown.Length : next;
            paragraph.Append(Emoji.Replace(shown.AsSpan(start, end - start)), Style.Plain);
            start = end;
        }

        return paragraph;
    }

    /// <summary>The class, coloured by what the gate makes of it: red fails, yellow is accepted or only a warning.</summary>
    private static string Class(Finding finding)
    {
        var name = ApiText.Class(finding.Class);
        if (finding.Allowed is not null)
        {
            return $"[yellow]{name}[/] [grey](accepted)[/]";
        }

        return finding.Severity switch
        {
            FindingSeverity.Error => $"[red]{name}[/]",
            FindingSeverity.Warning => $"[yellow]{name}[/] [grey](warn)[/]",
            _ => finding.Class == FindingClass.Compatible ? $"[green]{name}[/]" : $"[grey]{name}[/]",
        };
    }
}
