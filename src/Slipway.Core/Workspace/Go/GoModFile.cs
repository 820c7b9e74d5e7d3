using System.Text;

namespace Slipway.Core.Workspace.Go;

/// <summary>
/// The two directives of a go.mod that module hashing and vendoring need: the module path and the go
/// version. Read token by token as Go's modfile parser does (comments, quoted paths, a block form).
/// </summary>
public sealed record GoModFile(string? Module, string? GoVersion)
{
    public static GoModFile Parse(string text)
    {
        string? module = null, go = null;
        string? block = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var tokens = Tokens(rawLine);
            if (tokens.Count == 0)
            {
                continue;
            }

            if (block is not null)
            {
                if (tokens[0] == ")")
                {
                    block = null;
                }
                else if (block == "module")
                {
                    module ??= tokens[0];
                }

                continue;
            }

            if (tokens.Count == 2 && tokens[1] == "(")
            {
                block = tokens[0];
            }
            else if (tokens[0] == "module" && tokens.Count >= 2)
            {
                module ??= tokens[1];
            }
            else if (tokens[0] == "go" && tokens.Count >= 2)
            {
                go ??= tokens[1];
            }
        }

        return new GoModFile(module, go);
    }

    /// <summary>The tokens of one line: words, "quoted" (with escapes) and `raw` strings; a // comment ends the line.</summary>
    private static List<string> Tokens(string line)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && i + 1 < line.Length && line[i + 1] == '/')
            {
                break;
            }
            else if (c is '"' or '`')
            {
                var token = new StringBuilder();
                for (i++; i < line.Length && line[i] != c; i++)
                {
                    if (c == '"' && line[i] == '\\' && i + 1 < line.Length)
                    {
                        i++;
                    }

                    token.Append(line[i]);
                }

                tokens.Add(token.ToString());
                i++;
            }
            else
            {
                var start = i;
                while (i < line.Length && !char.IsWhiteSpace(line[i]) && !(line[i] == '/' && i + 1 < line.Length && line[i + 1] == '/'))
                {
                    i++;
                }

                tokens.Add(line[start..i]);
            }
        }

        return tokens;
    }
}
