using System.CommandLine;
using Slipway.Cli.Commands;
using Slipway.Cli.Infrastructure;
using Slipway.Cli.Output;
using Slipway.Core.Diagnostics;

namespace Slipway.Cli;

/// <summary>Builds the command tree and turns every outcome into one exit code of the documented catalogue.</summary>
internal static class SlipwayApp
{
    /// <param name="host">The environment and clock GitHub requests use (tests give their own); the machine's by default.</param>
    public static int Run(string[] args, CliIO io, string startDirectory, Core.Hosting.RunHost? host = null)
    {
        // '--version' alone is answered before the twenty commands are built, which is most of what
        // it would cost: by System.CommandLine's own --version action, on a root without them.
        if (args is ["--version"])
        {
            var exit = new RootCommand().Parse(args).Invoke(new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false });
            Flush(io.Out);
            return exit;
        }

        var options = new GlobalOptions();
        var root = new RootCommand("Slipway runs a project's release procedure from one declarative file, slipway.yaml.");
        foreach (var option in options.All)
        {
            root.Options.Add(option);
        }

        var context = new CommandContext(options, io, startDirectory, host ?? Core.Hosting.RunHost.System);
        foreach (var command in Commands(context))
        {
            root.Subcommands.Add(command.Build());
        }

        var parse = root.Parse(args);
        var json = parse.GetValue(options.Json);
        if (parse.Errors.Count > 0)
        {
            var details = parse.Errors.Select(e => e.Message).ToList();
            var usage = $"run 'slipway {CommandPath(parse)}--help' for usage";
            var error = TypoHint.For(parse) is { } typo
                ? new SlipwayException(Errors.Usage, typo.Message, $"{typo.Suggestion} ({usage})", details)
                : new SlipwayException(Errors.Usage, details[0], usage, details.Skip(1).ToList());
            ErrorRenderer.Render(io, json, error, verbose: false);
            return (int)ExitCode.Usage;
        }

        try
        {
            if (HelpText.IsAsked(parse))
            {
                return HelpText.Write(parse, io);
            }

            return parse.Invoke(new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false });
        }
        catch (OutputClosedException)
        {
            return 0; // the reader went away (slipway notes | head): nothing left to say
        }
        catch (SlipwayException e)
        {
            ErrorRenderer.Render(io, json, e, parse.GetValue(options.Verbose));
            return (int)e.Kind.Exit;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ErrorRenderer.RenderBug(io, json, e, parse.GetValue(options.Verbose));
            return (int)ExitCode.Internal;
        }
        finally
        {
            Flush(io.Out);
        }
    }

    private static void Flush(TextWriter output)
    {
        try
        {
            output.Flush();
        }
        catch (OutputClosedException)
        {
            // A closed pipe at the end is not an error of the command.
        }
    }

    private static IEnumerable<ICliCommand> Commands(CommandContext context) =>
    [
        new ShowCommand(context),
        new BumpCommand(context),
        new VerifyCommand(context),
        new AuditCommand(context),
        new InitCommand(context),
        new NotesCommand(context),
        new NextCommand(context),
        new ReleaseCommand(context),
        new StatusCommand(context),
        new ResumeCommand(context),
        new DoneCommand(context),
        new SkipCommand(context),
        new AbortCommand(context),
        new TagCommand(context),
        new RetagCommand(context),
        new ArtifactsCommand(context),
        new PublishCommand(context),
        new ApiCommand(context),
        new SchemaCommand(context),
        new CompletionCommand(context),
    ];

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return names.Count == 0 ? string.Empty : string.Join(' ', names) + " ";
    }
}
