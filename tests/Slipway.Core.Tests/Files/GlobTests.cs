using Slipway.Core.Files;

namespace Slipway.Core.Tests.Files;

public sealed class GlobTests
{
    [Theory]
    [InlineData("examples/**/kustomization.yaml", "examples/kustomization.yaml", true)]
    [InlineData("examples/**/kustomization.yaml", "examples/a/b/kustomization.yaml", true)]
    [InlineData("examples/**/kustomization.yaml", "other/kustomization.yaml", false)]
    [InlineData("charts/*/Chart.yaml", "charts/x/Chart.yaml", true)]
    [InlineData("charts/*/Chart.yaml", "charts/x/y/Chart.yaml", false)]
    [InlineData("Makefile", "agents/Makefile", true)]
    [InlineData("*.{yaml,yml}", "a/b.yml", true)]
    [InlineData("config/v[0-9]*/*.yaml", "config/v0.5.1/a.yaml", true)]
    [InlineData("config/v[!0-9]*/*.yaml", "config/v0.5.1/a.yaml", false)]
    [InlineData("docs/**", "docs/a/b.md", true)]
    [InlineData("CHANGELOG?.md", "CHANGELOG1.md", true)]
    public void Matches_paths(string pattern, string path, bool matches) => new Glob(pattern).IsMatch(path).ShouldBe(matches);

    [Fact]
    public void Knows_where_matches_start() => new Glob("examples/config/**/x.yaml").BaseDirectory.ShouldBe("examples/config");
}
