using System.Text.Json;
using Slipway.Core.Diagnostics;

namespace Slipway.Cli.Output;

/// <summary>Writes errors to standard error: what went wrong, where, and what to do; as JSON with --json.</summary>
internal static class ErrorRenderer
{
    public static void Render(CliIO io, bool json, SlipwayException error, bool verbose)
    {
        if (json)
        {
            var body = new ErrorJson(new ErrorBodyJson(error.Kind.Code, (int)error.Kind.Exit, error.Message, error.Details, error.Hint));
            io.Error.WriteLine(JsonSerializer.Serialize(body, SlipwayJson.Output.ErrorJson));
            return;
        }

        // Messages carry git's output, servers' answers and values of slipway.yaml: shown, never obeyed.
        io.Error.WriteLine($"slipway: error: {Shown.Plain(error.Message)} [{error.Kind.Code}]");
        foreach (var detail in error.Details)
        {
            io.Error.WriteLine("  " + Shown.Plain(detail));
        }

        if (error.Hint is { } hint)
        {
            io.Error.WriteLine($"hint: {Shown.Plain(hint)}");
        }

        if (verbose && error.InnerException is { } inner)
        {
            io.Error.WriteLine(Shown.Plain(inner.ToString()));
        }
    }

    public static void RenderBug(CliIO io, bool json, Exception bug, bool verbose)
    {
        var message = $"internal error: {bug.GetType().Name}: {bug.Message}";
        const string Report = "this is a bug in Slipway; please report it with the command you ran and this output (add --verbose for the stack trace)";
        if (json)
        {
            var body = new ErrorJson(new ErrorBodyJson(Errors.Internal.Code, (int)ExitCode.Internal, message, verbose ? [bug.ToString()] : [], Report));
            io.Error.WriteLine(JsonSerializer.Serialize(body, SlipwayJson.Output.ErrorJson));
            return;
        }

        io.Error.WriteLine($"slipway: {Shown.Plain(message)} [{Errors.Internal.Code}]");
        io.Error.WriteLine($"hint: {Report}");
        if (verbose)
        {
            io.Error.WriteLine(Shown.Plain(bug.ToString()));
        }
    }
}
