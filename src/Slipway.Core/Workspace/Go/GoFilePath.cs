using System.Text;

namespace Slipway.Core.Workspace.Go;

/// <summary>
/// Go's rule for the path of a file inside a module zip (golang.org/x/mod/module.CheckFilePath): a
/// module whose tree has a file Go refuses cannot be downloaded at all, so its hash must not be
/// computed either.
/// </summary>
internal static class GoFilePath
{
    // Go allows letters and digits, spaces and this punctuation; shell specials and path separators are refused.
    private const string AllowedPunctuation = "!#$%&()+,-.=@[]^_{}~ ";

    private static readonly string[] WindowsReservedNames =
        ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
         "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"];

    /// <summary>Why Go refuses <paramref name="path"/> as a file path in a module, or null when it accepts it.</summary>
    public static string? Problem(string path)
    {
        if (path.Length == 0)
        {
            return "empty string";
        }

        if (path.Contains("//", StringComparison.Ordinal))
        {
            return "double slash";
        }

        if (path[^1] == '/')
        {
            return "trailing slash";
        }

        foreach (var element in path.Split('/'))
        {
            if (ElementProblem(element) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? ElementProblem(string element)
    {
        if (element.Length == 0)
        {
            return "empty path element";
        }

        if (element.All(c => c == '.'))
        {
            return $"invalid path element \"{element}\"";
        }

        if (element[^1] == '.')
        {
            return "trailing dot in path element";
        }

        foreach (var rune in element.EnumerateRunes())
        {
            if (!Allowed(rune))
            {
                return $"invalid char '{rune}'";
            }
        }

        var shortName = element.Split('.')[0];
        return WindowsReservedNames.Any(n => string.Equals(n, shortName, StringComparison.OrdinalIgnoreCase))
            ? $"\"{shortName}\" disallowed as path element component on Windows"
            : null;
    }

    private static bool Allowed(Rune rune) => rune.IsAscii
        ? char.IsAsciiLetterOrDigit((char)rune.Value) || AllowedPunctuation.Contains((char)rune.Value, StringComparison.Ordinal)
        : Rune.IsLetter(rune);

    /// <summary>
    /// A key equal for two paths exactly when Go's strings.EqualFold says they are equal, so that
    /// paths differing only in case (which collide on macOS and Windows) are found.
    /// </summary>
    public static string FoldKey(string path)
    {
        var key = new StringBuilder(path.Length);
        foreach (var rune in path.EnumerateRunes())
        {
            key.Append(Rune.ToLowerInvariant(Rune.ToUpperInvariant(rune)).ToString());
        }

        return key.ToString();
    }
}
