using System.Text.RegularExpressions;

namespace Slipway.Core.History;

/// <summary>
/// Splits a raw commit message into subject, first paragraph and trailers. The trailer block is the
/// last paragraph when every line of it is a trailer (or continues one), as git interpret-trailers
/// reads it; the Conventional Commits footers (<c>BREAKING CHANGE: …</c>, <c>Refs #12</c>) are trailers too.
/// </summary>
public static partial class MessageParser
{
    public static (string Subject, string Text, IReadOnlyList<Trailer> Trailers) Parse(string message)
    {
        var normalized = message.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n');
        var paragraphs = normalized.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (paragraphs.Length == 0)
        {
            return (string.Empty, string.Empty, []);
        }

        var subject = paragraphs[0].Split('\n')[0].Trim();
        var rest = paragraphs[0].Contains('\n', StringComparison.Ordinal)
            ? paragraphs[0][(paragraphs[0].IndexOf('\n', StringComparison.Ordinal) + 1)..].Trim()
            : null;
        var body = (rest is { Length: > 0 } ? new[] { rest } : []).Concat(paragraphs.Skip(1)).ToList();
        IReadOnlyList<Trailer> trailers = [];
        if (body.Count > 0 && ParseTrailers(body[^1]) is { } parsed)
        {
            trailers = parsed;
            body.RemoveAt(body.Count - 1);
        }

        return (subject, body.Count > 0 ? body[0] : string.Empty, trailers);
    }

    private static List<Trailer>? ParseTrailers(string paragraph)
    {
        var trailers = new List<Trailer>();
        foreach (var line in paragraph.Split('\n'))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && trailers.Count > 0)
            {
                var last = trailers[^1];
                trailers[^1] = last with { Value = last.Value + " " + line.Trim() };
                continue;
            }

            var match = TrailerLine().Match(line);
            if (!match.Success)
            {
                return null;
            }

            trailers.Add(new Trailer(match.Groups["key"].Value, match.Groups["value"].Value.Trim()));
        }

        return trailers;
    }

    // "Token: value" or "Token #value" (Conventional Commits footers); BREAKING CHANGE is the one token with a space.
    [GeneratedRegex(@"^(?<key>BREAKING CHANGE|[A-Za-z][A-Za-z0-9-]*)(?::\s|\s#)(?<value>.*)$")]
    private static partial Regex TrailerLine();
}
