namespace Slipway.Core.Git;

/// <summary>
/// git's rules for branch, tag and remote names (git check-ref-format), checked in process so that a
/// configuration is refused at load, located, rather than by git half-way through a release. Two
/// names git would store are refused too: one that begins with '-' (git would read it as an option)
/// and '@' (git reads it as HEAD wherever a revision is expected).
/// </summary>
public static class RefName
{
    /// <summary>Why <paramref name="name"/> cannot be a branch name, or null when it can.</summary>
    public static string? BranchProblem(string name) =>
        name == "HEAD" ? "'HEAD' cannot be a branch name" : Problem(name);

    /// <summary>Why <paramref name="name"/> cannot be a tag name, or null when it can.</summary>
    public static string? TagProblem(string name) => Problem(name);

    /// <summary>Why <paramref name="name"/> cannot be a remote's name, or null when it can (git requires refs/remotes/NAME/x to be valid).</summary>
    public static string? RemoteProblem(string name) => Problem(name);

    private static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        if (name[0] == '-')
        {
            return "it begins with '-', so git would read it as an option";
        }

        if (name == "@")
        {
            return "'@' alone is git's name for HEAD";
        }

        if (name[0] == '/' || name[^1] == '/' || name.Contains("//", StringComparison.Ordinal))
        {
            return "it begins or ends with '/', or has '//'";
        }

        if (name[^1] == '.')
        {
            return "it ends with '.'";
        }

        if (name.Contains("..", StringComparison.Ordinal) || name.Contains("@{", StringComparison.Ordinal))
        {
            return "it contains '..' or '@{'";
        }

        foreach (var c in name)
        {
            if (c < ' ' || c == '\x7f' || c is ' ' or '~' or '^' or ':' or '?' or '*' or '[' or '\\')
            {
                return char.IsControl(c) ? "it contains a control character" : $"it contains '{c}'";
            }
        }

        foreach (var component in name.Split('/'))
        {
            if (component[0] == '.' || component.EndsWith(".lock", StringComparison.Ordinal))
            {
                return $"the part '{component}' begins with '.' or ends with '.lock'";
            }
        }

        return null;
    }
}
