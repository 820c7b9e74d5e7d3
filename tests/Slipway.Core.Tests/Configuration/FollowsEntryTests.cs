using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Tests.Configuration;

/// <summary><c>follows:</c> on a versions entry names a workspace repository, spelt as the workspace spells names.</summary>
public sealed class FollowsEntryTests
{
    [Fact]
    public void Keeps_the_upstream_name_and_the_entrys_own_value_template()
    {
        var reference = ConfigLoader.Parse("versions:\n  - file: go.mod\n    gomod: github.com/bpfman/bpfman\n    follows: bpfman\n", "/repo/slipway.yaml", "slipway.yaml").Versions.Single();
        reference.Follows.ShouldBe("bpfman");
        reference.Value.Source.ShouldBe("v{version}");
    }

    [Theory]
    [InlineData("follows: ''", "slipway.yaml:4:14: versions[0].follows must name a repository of the workspace (letters, digits, '.', '-' and '_', starting with a letter or digit), found ''")]
    [InlineData("follows: 'bpfman operator'", "slipway.yaml:4:14: versions[0].follows must name a repository of the workspace (letters, digits, '.', '-' and '_', starting with a letter or digit), found 'bpfman operator'")]
    [InlineData("follows: [bpfman]", "slipway.yaml:4:14: versions[0].follows must be a string, found a list")]
    [InlineData("follows: ../bpfman", "slipway.yaml:4:14: versions[0].follows must name a repository of the workspace (letters, digits, '.', '-' and '_', starting with a letter or digit), found '../bpfman'")]
    public void Refuses_what_cannot_be_a_repository_name(string line, string expected)
    {
        var error = Should.Throw<SlipwayException>(() => ConfigLoader.Parse($"versions:\n  - file: go.mod\n    gomod: github.com/bpfman/bpfman\n    {line}\n", "/repo/slipway.yaml", "slipway.yaml"));
        error.Kind.ShouldBe(Errors.ConfigInvalid);
        error.Details.ShouldBe([expected]);
    }
}
