using System.Text.RegularExpressions;

namespace Slipway.Corpus;

/// <summary>
/// A change's title as the configured notes print it. <c>notes --json</c> gives the model, in
/// which a description is the commit's own text (<c>prepare embedded assets</c>); what a reader of
/// the notes sees is what the style or template makes of it: keep-a-changelog, github-sections and a
/// template's <c>capitalize</c> upper-case its first letter (as git-cliff's <c>upper_first</c> does),
/// whats-changed prints the title as it is. That first letter is the only thing a style changes in
/// a title, so the printed form is the model's text with its first letter as printed on the first
/// line of the notes that names the change (its pull request or its commit); a change no line names
/// keeps the model's form.
/// </summary>
internal sealed class PrintedTitles(string printed)
{
    private readonly string[] _lines = printed.Split('\n');

    public string AsPrinted(string title, int? pullRequest, string sha)
    {
        if (title.Length == 0)
        {
            return title;
        }

        var first = char.ToUpperInvariant(title[0]) == char.ToLowerInvariant(title[0])
            ? Regex.Escape(title[..1])
            : $"[{Regex.Escape(char.ToUpperInvariant(title[0]).ToString())}{Regex.Escape(char.ToLowerInvariant(title[0]).ToString())}]";
        var text = new Regex($@"(?<!\w){first}{Regex.Escape(title[1..])}(?!\w)");
        var names = pullRequest is { } pr ? new Regex($@"(?:#|/pull/){pr}(?!\d)") : new Regex(Regex.Escape(sha[..Math.Min(7, sha.Length)]));
        foreach (var line in _lines)
        {
            if (names.IsMatch(line) && text.Match(line) is { Success: true } match)
            {
                return match.Value;
            }
        }

        return title;
    }
}
