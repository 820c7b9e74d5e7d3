using System.Text.RegularExpressions;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// <c>slipway init</c> on repositories shaped like real ones, one case per folder of Fixtures/init:
/// files/ is the tree, history.sh commits and tags it, args is the command, expected.yaml its exact
/// output (the project name, which is the temporary directory's, reads NAME). Run with
/// SLIPWAY_ACCEPT=1 to write a missing expected.yaml (then read it as a maintainer would).
/// </summary>
public sealed partial class InitFixtureTests
{
    public static TheoryData<string> Cases() => new(FixtureRepository.Cases("init"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Proposes_what_a_maintainer_would_name(string name)
    {
        using var repo = FixtureRepository.Build("init", name);
        var folder = Path.Combine(FixtureRepository.Root("init"), name);
        var args = File.ReadAllText(Path.Combine(folder, "args")).Trim().Split(' ');
        var result = Tool.Run(repo.Path, args).ShouldSucceed();
        var output = NameLine().Replace(result.Out, "name: NAME", 1);

        var expectedPath = Path.Combine(folder, "expected.yaml");
        if (!File.Exists(expectedPath) && Environment.GetEnvironmentVariable("SLIPWAY_ACCEPT") == "1")
        {
            File.WriteAllText(expectedPath, output);
        }

        output.ShouldBe(File.ReadAllText(expectedPath), result.Error);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Its_references_agree_and_so_do_its_candidates_once_uncommented(string name)
    {
        using var repo = FixtureRepository.Build("init", name);
        var proposed = Tool.Run(repo.Path, "init", "--stdout").ShouldSucceed().Out;
        if (proposed.Contains("\n  - file", StringComparison.Ordinal))
        {
            repo.Write("slipway.yaml", proposed);
            Tool.Run(repo.Path, "show").ShouldSucceed().Out.ShouldContain("checked values agree on");
        }

        repo.Write("slipway.yaml", Uncomment(proposed));
        Tool.Run(repo.Path, "show").ShouldSucceed().Out.ShouldContain("checked values agree on");
    }

    [Fact]
    public void A_packaging_revision_after_the_version_is_a_candidate_and_bumps_keep_it()
    {
        using var repo = FixtureRepository.Build("init", "packaging-revision");
        repo.Write("slipway.yaml", Uncomment(Tool.Run(repo.Path, "init", "--stdout").ShouldSucceed().Out));

        Tool.Run(repo.Path, "bump", "1.29.0-rc1").ShouldSucceed();
        var candidate = repo.Read("docs/plugin.md");
        candidate.ShouldContain(" harbor-plugin      x86_64       1.29.0-rc1-1        @commandline");
        candidate.ShouldContain("ii  harbor-plugin   1.29.0-rc1-1   amd64");
        Tool.Run(repo.Path, "bump", "1.29.0").ShouldSucceed();
        var final = repo.Read("docs/plugin.md");
        final.ShouldContain(" harbor-plugin      x86_64       1.29.0-1        @commandline");
        final.ShouldContain("Packages built before 1.28.0-1 used another name; 1.28.2-1.el9 is a distribution's rebuild."); // history and a rebuild are not the release
    }

    // Turns every commented candidate entry into a live one: the lines after the candidates'
    // heading that read "  # - key: value" or "  #   key: value".
    private static string Uncomment(string config)
    {
        var candidates = false;
        var lines = config.Split('\n').Select(line =>
        {
            candidates |= line.StartsWith("  # Other places that hold", StringComparison.Ordinal);
            return candidates && CandidateLine().IsMatch(line) ? "  " + line[4..] : line;
        });
        return string.Join('\n', lines);
    }

    [GeneratedRegex("^name: .*$", RegexOptions.Multiline)]
    private static partial Regex NameLine();

    [GeneratedRegex(@"^  # (- |  )[a-z-]+: ")]
    private static partial Regex CandidateLine();
}
