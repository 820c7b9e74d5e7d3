using System.Diagnostics;
using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Files;

namespace Slipway.Core.Tests.Files;

/// <summary>
/// Only regular files of at most 1 MiB are read as configuration: /dev/zero grew Slipway to 4.3 GB
/// and a FIFO hung it. Each is refused at once, with what the path is and what is read instead.
/// </summary>
public sealed class RegularFileTests
{
    [Theory]
    [InlineData("/dev/zero", "/dev/zero is not a regular file (a character device); only regular files are read")]
    [InlineData("/dev/urandom", "/dev/urandom is not a regular file (a character device); only regular files are read")]
    public void A_device_is_refused_without_reading_it(string device, string message)
    {
        var error = Should.Throw<SlipwayException>(() => ConfigLoader.Load(device));
        error.Kind.ShouldBe(Errors.ConfigNotRegularFile);
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void A_fifo_is_refused_without_waiting_for_a_writer()
    {
        using var directory = new TempDirectory();
        var fifo = Path.Combine(directory.Path, "slipway.yaml");
        Process.Start("mkfifo", [fifo])!.WaitForExit();
        var error = Should.Throw<SlipwayException>(() => ConfigLoader.Load(fifo, "slipway.yaml"));
        error.Kind.ShouldBe(Errors.ConfigNotRegularFile);
        error.Message.ShouldBe("slipway.yaml is not a regular file (a FIFO); only regular files are read");
    }

    [Fact]
    public void A_symbolic_link_to_a_device_is_judged_by_what_it_points_at()
    {
        using var directory = new TempDirectory();
        var link = Path.Combine(directory.Path, "slipway.yaml");
        File.CreateSymbolicLink(link, "/dev/zero");
        Should.Throw<SlipwayException>(() => ConfigLoader.Load(link, "slipway.yaml")).Message
            .ShouldBe("slipway.yaml is not a regular file (a character device); only regular files are read");
    }

    [Fact]
    public void A_directory_says_that_it_is_one_and_what_to_pass()
    {
        using var directory = new TempDirectory();
        var error = Should.Throw<SlipwayException>(() => ConfigLoader.Load(directory.Path, "."));
        error.Kind.ShouldBe(Errors.ConfigNotRegularFile);
        error.Message.ShouldBe(". is a directory, not a file");
        error.Hint.ShouldBe("--config takes the configuration file itself, such as ./slipway.yaml");
    }

    [Fact]
    public void A_file_over_one_mebibyte_is_refused_and_one_at_the_limit_is_read()
    {
        using var directory = new TempDirectory();
        var padding = new string('#', RegularFile.DefaultLimit - "versions:\n  - file: M\n    make: V\n".Length - 1);
        var atLimit = directory.Write("at.yaml", "versions:\n  - file: M\n    make: V\n" + padding + "\n");
        new FileInfo(atLimit).Length.ShouldBe(RegularFile.DefaultLimit);
        ConfigLoader.Load(atLimit).Versions.ShouldHaveSingleItem();

        var over = directory.Write("over.yaml", File.ReadAllText(atLimit) + "\n");
        var error = Should.Throw<SlipwayException>(() => ConfigLoader.Load(over, "over.yaml"));
        error.Kind.ShouldBe(Errors.ConfigTooLarge);
        error.Message.ShouldBe("over.yaml is 1048577 bytes; files larger than 1 MiB are not read");
    }

    [Fact]
    public void A_missing_file_is_still_not_found()
    {
        using var directory = new TempDirectory();
        Should.Throw<SlipwayException>(() => ConfigLoader.Load(Path.Combine(directory.Path, "slipway.yaml"))).Kind.ShouldBe(Errors.ConfigNotFound);
        Should.Throw<RegularFileException>(() => RegularFile.ReadAllBytes(Path.Combine(directory.Path, "nothing"))).Problem.ShouldBe(RegularFileProblem.Missing);
    }
}
