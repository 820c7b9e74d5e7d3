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

    public Glob(string pattern)
    {
        Pattern = pattern;
        var anchored = pattern.Contains('/', StringComparison.Ordinal) ? pattern.TrimStart('/') : "**/" + pattern;
        _regex = new Regex("^" + Translate(anchored) + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
        var firstWildcard = anchored.IndexOfAny(['*', '?', '[', '{']);
        var literalPrefix = firstWildcard < 0 ? anchored : anchored[..firstWildcard];
        BaseDirectory = literalPrefix.Contains('/', StringComparison.Ordinal) ? literalPrefix[..literalPrefix.LastIndexOf('/')] : string.Empty;
    }

    public string Pattern { get; }

    /// <summary>The directory below which every match lies, so enumeration can start there.</summary>
    public string BaseDirectory { get; }

    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath);

    private static string Translate(string glob)
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
                        throw new ArgumentException($"'[' at {i} is not closed in the glob '{glob}'", nameof(glob));
                    }

                    var body = glob[(i + 1)..close];
                    regex.Append('[').Append(body.StartsWith('!') ? "^" + body[1..] : body).Append(']');
                    i = close;
                    break;
                case '{':
                    var end = glob.IndexOf('}', i + 1);
                    if (end < 0)
                    {
                        throw new ArgumentException($"'{{' at {i} is not closed in the glob '{glob}'", nameof(glob));
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
