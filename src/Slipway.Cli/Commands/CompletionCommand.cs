using System.CommandLine;
using Slipway.Cli.Infrastructure;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway completion SHELL</c>: a script that makes the shell complete slipway's commands, options and values.</summary>
internal sealed class CompletionCommand(CommandContext context) : ICliCommand
{
    private readonly Argument<string> _shell = new Argument<string>("SHELL") { Description = "bash, zsh, fish or pwsh", HelpName = "SHELL" }
        .AcceptOnlyFromAmong(CompletionScripts.Shells);

    public Command Build()
    {
        var command = new Command("completion", "Print a script that makes your shell complete slipway's commands, options and values");
        command.Arguments.Add(_shell);
        command.SetAction(parse =>
        {
            context.IO.Out.Write(CompletionScripts.For(parse.GetValue(_shell)!));
            return 0;
        });
        return command;
    }
}
