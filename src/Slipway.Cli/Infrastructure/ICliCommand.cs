using System.CommandLine;

namespace Slipway.Cli.Infrastructure;

/// <summary>One subcommand: builds its System.CommandLine definition, with its action bound to a fresh <see cref="Invocation"/>.</summary>
internal interface ICliCommand
{
    Command Build();
}
