using System.Text.RegularExpressions;

namespace Slipway.Core.Configuration;

/// <summary>
/// The spelling of a workspace repository's (or a hand-off's) name, which <c>follows:</c> and
/// <c>after:</c> refer to. Names become parts of file names and branch names, so they are kept to
/// letters, digits, dots, dashes and underscores.
/// </summary>
public static partial class RepositoryName
{
    public const string Rule = "letters, digits, '.', '-' and '_', starting with a letter or digit";

    public static bool IsValid(string name) => Pattern().IsMatch(name);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*\z")]
    private static partial Regex Pattern();
}
