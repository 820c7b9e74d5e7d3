using System.CommandLine;
using Slipway.Cli.Infrastructure;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway schema</c>: the JSON schema of slipway.yaml (or of a workspace file, or of a command's --json output), built into the tool.</summary>
internal sealed class SchemaCommand(CommandContext context) : ICliCommand
{
    private readonly Argument<string?> _name = new("NAME")
    {
        HelpName = "NAME",
        Description = $"Which schema: config (default), workspace, or a command whose --json output it describes ({string.Join(", ", BundledSchemas.Outputs)})",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Command Build()
    {
        var command = new Command("schema", "Print a JSON schema: of slipway.yaml (for editors and validators), of a workspace file, or of a command's --json output");
        command.Arguments.Add(_name);
        _name.CompletionSources.Add(_ => BundledSchemas.Names.Select(n => new System.CommandLine.Completions.CompletionItem(n)));
        command.SetAction(parse =>
        {
            context.IO.Out.Write(BundledSchemas.Read(parse.GetValue(_name) ?? "config"));
            return 0;
        });
        return command;
    }
}
