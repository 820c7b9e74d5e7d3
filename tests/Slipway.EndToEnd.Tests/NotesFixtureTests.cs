using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// Release notes and next versions, one case per folder of Fixtures/notes: history.sh builds the
/// history, args is the command, expected.md its exact standard output. Run with SLIPWAY_ACCEPT=1 to
/// write a missing expected.md (then read it against the format it must follow before committing).
/// </summary>
public sealed class NotesFixtureTests
{
    public static TheoryData<string> Cases() => new(FixtureRepository.Cases("notes"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Produces_the_expected_output(string name)
    {
        using var repo = FixtureRepository.Build("notes", name);
        var folder = Path.Combine(FixtureRepository.Root("notes"), name);
        var args = File.ReadAllText(Path.Combine(folder, "args")).Trim().Split(' ');
        var result = Tool.Run(repo.Path, args);
        result.ExitCode.ShouldBe(0, result.ToString());

        var expectedPath = Path.Combine(folder, "expected.md");
        if (!File.Exists(expectedPath) && Environment.GetEnvironmentVariable("SLIPWAY_ACCEPT") == "1")
        {
            File.WriteAllText(expectedPath, result.Out);
        }

        var graph = repo.Git("log", "--graph", "--format=%h %s%d", "--all");
        result.Out.ShouldBe(File.ReadAllText(expectedPath), $"history of {name}:\n{graph}\nstderr:\n{result.Error}");
    }
}
