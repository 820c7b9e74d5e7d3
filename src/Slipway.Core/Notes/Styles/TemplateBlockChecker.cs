namespace Slipway.Core.Notes.Styles;

/// <summary>
/// Checks a Handlebars template's blocks and expressions before compiling it, because Handlebars.Net
/// reports an unclosed or stray block, or an unknown helper, without saying where. Errors are
/// <c>file:line:col: message</c>.
/// </summary>
internal static class TemplateBlockChecker
{
    public static void Check(string text, string displayPath)
    {
        var open = new Stack<(string Name, int Line, int Column)>();
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
                continue;
            }

            if (text[i] != '{' || i + 1 >= text.Length || text[i + 1] != '{')
            {
                continue;
            }

            var column = i - lineStart + 1;
            var end = text.IndexOf("}}", i + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                throw Error(displayPath, line, column, "'{{' is never closed with '}}'");
            }

            var token = text[(i + 2)..end].Trim('{', '}', '~', ' ', '\t', '\r', '\n');
            if (TemplateExpressionChecker.Problem(token) is { } problem)
            {
                throw Error(displayPath, line, column, problem);
            }

            if (token.StartsWith('!'))
            {
                // A comment: {{!-- … --}} may contain "}}", so it ends at "--}}".
                end = token.StartsWith("!--", StringComparison.Ordinal) ? Math.Max(end, text.IndexOf("--}}", i, StringComparison.Ordinal) + 2) : end;
            }
            else if (token.Length > 1 && token[0] is '#' or '^')
            {
                open.Push((Name(token[1..]), line, column));
            }
            else if (token.StartsWith('/'))
            {
                var name = Name(token[1..]);
                if (open.Count == 0)
                {
                    throw Error(displayPath, line, column, $"'{{{{/{name}}}}}' closes a block that was never opened");
                }

                var (expected, openLine, openColumn) = open.Pop();
                if (!string.Equals(expected, name, StringComparison.Ordinal))
                {
                    throw Error(displayPath, line, column, $"'{{{{/{name}}}}}' closes '{{{{#{expected}}}}}' opened at {openLine}:{openColumn}");
                }
            }

            line += text.AsSpan(i, Math.Max(0, end - i)).Count('\n');
            lineStart = text.LastIndexOf('\n', Math.Max(0, end)) + 1;
            i = end + 1;
        }

        if (open.Count > 0)
        {
            var (name, openLine, openColumn) = open.Pop();
            throw Error(displayPath, openLine, openColumn, $"'{{{{#{name}}}}}' is never closed with '{{{{/{name}}}}}'");
        }
    }

    private static string Name(string token) => token.Split([' ', '\t', '\n'], 2)[0];

    private static NotesTemplateException Error(string path, int line, int column, string message) => new($"{path}:{line}:{column}: {message}");
}
