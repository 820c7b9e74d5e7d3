using System.CommandLine;
using Slipway.Cli.Output;

namespace Slipway.Cli.Infrastructure;

/// <summary>What commands share: the global options, the output channels, the start directory and the GitHub host.</summary>
internal sealed record CommandContext(GlobalOptions Options, CliIO IO, string StartDirectory, Core.Hosting.RunHost Host)
{
    public Invocation Open(ParseResult parse) => new(parse, Options, IO, StartDirectory, Host);
}
