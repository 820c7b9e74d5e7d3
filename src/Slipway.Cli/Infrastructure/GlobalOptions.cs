using System.CommandLine;

namespace Slipway.Cli.Infrastructure;

/// <summary>Options every command accepts, wherever they appear on the command line.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Directory { get; } = new("-C")
    {
        Description = "Run as if slipway was started in DIR (as git -C does)",
        HelpName = "DIR",
        Recursive = true,
    };

    public Option<string?> Config { get; } = new("--config", "-c")
    {
        Description = "The configuration file (default: slipway.yaml in the directory or a parent, up to the repository root)",
        HelpName = "FILE",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Write results as JSON, for scripts and agents",
        Recursive = true,
    };

    public Option<bool> NoColor { get; } = new("--no-color")
    {
        Description = "Never colour the output (NO_COLOR=1 does the same)",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Explain more: every git call, and stack traces of internal errors",
        Recursive = true,
    };

    public IEnumerable<Option> All => [Directory, Config, Json, NoColor, Verbose];
}
