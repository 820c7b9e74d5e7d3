using Slipway.Core.Git;

namespace Slipway.Core.Tests.Git;

/// <summary>
/// A large git output (the log of a whole history) comes through a pipe widened to 1 MiB, so that git
/// keeps writing while Slipway pauses; Linux's default of 64 KiB made git sleep as long as it ran.
/// </summary>
public sealed class PipeCapacityTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Git_output_read_as_a_stream_comes_through_a_1_MiB_pipe()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "F_SETPIPE_SZ is Linux's: elsewhere the pipe is left as the system makes it");
        var git = new GitRunner(_directory.Path);
        git.Check("init", "-q", "-b", "main");
        int? capacity = null;
        var output = string.Empty;
        git.Stream(["config", "--list", "--local"], stream =>
        {
            capacity = PipeCapacity.Of(stream);
            output = new StreamReader(stream).ReadToEnd();
        });

        capacity.ShouldBe(1 << 20);
        output.ShouldContain("core.bare=false");
    }

    [Fact]
    public void A_stream_that_is_no_pipe_is_left_alone()
    {
        using var memory = new MemoryStream([1, 2, 3]);
        PipeCapacity.Widen(memory);
        PipeCapacity.Of(memory).ShouldBeNull();
        memory.ToArray().ShouldBe(new byte[] { 1, 2, 3 });
    }
}
