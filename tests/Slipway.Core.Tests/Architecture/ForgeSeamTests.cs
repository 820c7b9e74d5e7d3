using System.Text.RegularExpressions;

namespace Slipway.Core.Tests.Architecture;

/// <summary>
/// The forge is a seam: steps, notes and commands see Core.Forges.IForge, and GitHub's types are
/// named only in Forges/GitHub and in the CLI's composition root, so a second forge (GitLab) is a
/// folder of its own and one line there.
/// </summary>
public sealed partial class ForgeSeamTests
{
    private static readonly string[] Allowed = ["src/Slipway.Core/Forges/GitHub/", "src/Slipway.Cli/Infrastructure/Invocation.cs"];

    [Fact]
    public void No_GitHub_type_is_named_outside_its_folder_and_the_composition_root()
    {
        var named = Directory.EnumerateFiles(Path.Combine(SourceTree.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(SourceTree.Root, file).Replace('\\', '/'))
            .Where(file => !file.Contains("/bin/", StringComparison.Ordinal) && !file.Contains("/obj/", StringComparison.Ordinal))
            .Where(file => !Allowed.Any(allowed => file.StartsWith(allowed, StringComparison.Ordinal)))
            .SelectMany(file => GitHubType().Matches(File.ReadAllText(Path.Combine(SourceTree.Root, file))).Select(m => $"{file}: {m.Value}"))
            .ToList();

        named.ShouldBeEmpty();
    }

    // A GitHub type or the GitHub namespace; the catalogue's error kinds (Errors.GitHubFailed…) are codes, not types.
    [GeneratedRegex(@"Forges\.GitHub\b|(?<!Errors\.|ErrorKind )\bGitHub(Client|Forge|Http|Contributors|Token|Endpoint|Release|PullRequest|User|Json|Paging|Creation|Failure)\w*")]
    private static partial Regex GitHubType();
}
