using System.Text;
using System.Text.RegularExpressions;

namespace Slipway.Core.Files;

/// <summary>
/// A path glob over '/'-separated relative paths: <c>**</c> any number of directories, <c>*</c> and
/// <c>?</c> within one name, <c>[abc]</c> a character class, <c>{a,b}</c> alternatives.
/// A glob without '/' matches a file name at any depth, as .gitignore patterns do.
/// </summary>
public sealed class Glob
{
    private readonly Regex _regex;

    /// <exception cref="GlobException">The pattern is not a glob (an unclosed '[' or '{', a bad class); Offset points into it.</exception>
    public Glob(string pattern)
    {
        Pattern = pattern;
        var anchored = pattern.Contains('/', StringComparison.Ordinal) ? pattern.TrimStart('/') : "**/" + pattern;
        var shift = pattern.Length - anchored.Length; // offsets in anchored, back to offsets in pattern
        try
        {
            _regex = new Regex("^" + Translate(anchored, shift) + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
        }
        catch (RegexParseException)
        {
            // Only a class's body reaches the regex unescaped: "[]", "[z-a]" or "[a\]" are not classes.
            throw new GlobException("a character class ('[...]') in it is empty or not valid", Math.Max(pattern.IndexOf('[', StringComparison.Ordinal), 0));
        }

        var firstWildcard = anchored.IndexOfAny(['*', '?', '[', '{']);
        var literalPrefix = firstWildcard < 0 ? anchored : anchored[..firstWildcard];
        BaseDirectory = literalPrefix.Contains('/', StringComparison.Ordinal) ? literalPrefix[..literalPrefix.LastIndexOf('/')] : string.Empty;
    }

    public string Pattern { get; }

    /// <summary>The directory below which every match lies, so enumeration can start there.</summary>
    public string BaseDirectory { get; }

    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath);

    private static string Translate(string glob, int shift)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    var slashFollows = i + 2 < glob.Length && glob[i + 2] == '/';
                    regex.Append(slashFollows ? "(?:[^/]+/)*" : ".*");
                    i += slashFollows ? 2 : 1;
                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[':
                    var close = glob.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        throw new GlobException("'[' is not closed with ']'", i + shift);
                    }

                    var body = glob[(i + 1)..close];
                    regex.Append('[').Append(body.StartsWith('!') ? "^" + body[1..] : body).Append(']');
                    i = close;
                    break;
                case '{':
                    var end = glob.IndexOf('}', i + 1);
                    if (end < 0)
                    {
                        throw new GlobException("'{' is not closed with '}'", i + shift);
                    }

                    regex.Append("(?:").Append(string.Join('|', glob[(i + 1)..end].Split(',').Select(Regex.Escape))).Append(')');
                    i = end;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return regex.ToString();
    }
}

/// <summary>A pattern that is not a glob; <see cref="Offset"/> is where in the pattern the problem is.</summary>
public sealed class GlobException(string message, int offset) : FormatException(message)
{
    public int Offset { get; } = offset;
}
