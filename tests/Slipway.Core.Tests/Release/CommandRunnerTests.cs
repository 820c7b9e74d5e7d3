using System.Diagnostics;
using Slipway.Core.Release;

namespace Slipway.Core.Tests.Release;

public sealed class CommandRunnerTests
{
    private static readonly Dictionary<string, string> Environment = new() { ["SLIPWAY_VERSION"] = "1.2.3" };

    [Fact]
    public void Streams_output_and_sees_the_release_environment()
    {
        var lines = new List<string>();
        var outcome = CommandRunner.Run("echo version $SLIPWAY_VERSION; echo oops >&2; exit 3", Path.GetTempPath(), TimeSpan.FromSeconds(30), Environment, lines.Add);
        outcome.ExitCode.ShouldBe(3);
        outcome.Succeeded.ShouldBeFalse();
        lines.ShouldBe(["version 1.2.3", "oops"], ignoreOrder: true);
        outcome.Output.ShouldContain("version 1.2.3\n");
    }

    [Fact]
    public void A_command_that_asks_for_input_gets_end_of_file_instead_of_hanging()
    {
        var outcome = CommandRunner.Run("read answer || echo no input", Path.GetTempPath(), TimeSpan.FromSeconds(30), Environment, _ => { });
        outcome.Succeeded.ShouldBeTrue();
        outcome.Output.ShouldBe("no input\n");
    }

    [Fact]
    public void A_command_past_its_timeout_is_killed_with_everything_it_started()
    {
        using var marker = new TempDirectory();
        var pidFile = Path.Combine(marker.Path, "child.pid");
        var clock = Stopwatch.StartNew();
        var outcome = CommandRunner.Run($"sleep 60 & echo $! > {pidFile}; wait", marker.Path, TimeSpan.FromMilliseconds(500), Environment, _ => { });
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
        outcome.TimedOut.ShouldBeTrue();
        var child = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        // Killed: gone, or a zombie waiting for an init that reaps it (this sandbox's init does not).
        var stat = $"/proc/{child}/stat";
        (File.Exists(stat) ? File.ReadAllText(stat).Split(") ")[1][0] : 'X').ShouldBeOneOf('X', 'Z');
    }
}
