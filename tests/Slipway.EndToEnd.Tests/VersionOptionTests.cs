using System.Text.RegularExpressions;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// <c>slipway --version</c> names the commit the executable was built from (the SDK takes it from git
/// at build time), so a bug report says exactly which code ran.
/// </summary>
public sealed partial class VersionOptionTests
{
    [Fact]
    public void The_version_names_a_commit_of_the_checkout_it_was_built_from()
    {
        var printed = Tool.RunProcess(RepositoryRoot.Path, ["--version"]).ShouldSucceed().Out.Trim();

        var match = VersionAndCommit().Match(printed);
        match.Success.ShouldBeTrue($"'{printed}' is not VERSION+COMMIT");
        var kind = Tool.RunExecutable("git", RepositoryRoot.Path, ["cat-file", "-t", match.Groups["commit"].Value]);
        kind.Out.Trim().ShouldBe("commit", kind.ToString());
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\+(?<commit>[0-9a-f]{40})$")]
    private static partial Regex VersionAndCommit();
}
