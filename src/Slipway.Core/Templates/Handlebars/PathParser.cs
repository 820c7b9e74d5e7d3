namespace Slipway.Core.Templates.Handlebars;

/// <summary>
/// Handlebars paths: segments split by '.' or '/', <c>[any text]</c> for a segment with other characters,
/// <c>this</c> or <c>.</c> for the current value, leading <c>../</c> for the enclosing one, <c>@</c> for data
/// (<c>@index</c>, <c>@key</c>, <c>@first</c>, <c>@last</c>, <c>@root</c>, and <c>@../index</c> for an outer loop's).
/// </summary>
internal static class PathParser
{
    /// <returns>The path, or null when <paramref name="word"/> is not one (an empty segment).</returns>
    public static PathExpr? Parse(string word)
    {
        var rest = word.AsSpan();
        var isData = rest.StartsWith('@');
        rest = isData ? rest[1..] : rest;
        var depth = 0;
        while (rest.StartsWith("../", StringComparison.Ordinal) || rest is "..")
        {
            depth++;
            rest = rest.Length > 2 ? rest[3..] : [];
        }

        if (!isData && (rest is "this" or "." || rest.IsEmpty && depth > 0))
        {
            return new PathExpr(word, false, depth, []);
        }

        foreach (var prefix in (string[])["this.", "this/", "./"])
        {
            rest = !isData && rest.StartsWith(prefix, StringComparison.Ordinal) ? rest[prefix.Length..] : rest;
        }

        var segments = new List<string>();
        while (!rest.IsEmpty)
        {
            int end;
            if (rest[0] == '[')
            {
                end = rest.IndexOf(']');
                if (end < 0)
                {
                    return null;
                }

                segments.Add(rest[1..end].ToString());
                end++;
            }
            else
            {
                end = rest.IndexOfAny('.', '/');
                end = end < 0 ? rest.Length : end;
                if (end == 0)
                {
                    return null;
                }

                segments.Add(rest[..end].ToString());
            }

            rest = rest[end..];
            if (!rest.IsEmpty)
            {
                if (rest[0] is not ('.' or '/') || rest.Length == 1)
                {
                    return null;
                }

                rest = rest[1..];
            }
        }

        return segments.Count == 0 ? null : new PathExpr(word, isData, depth, segments);
    }
}
