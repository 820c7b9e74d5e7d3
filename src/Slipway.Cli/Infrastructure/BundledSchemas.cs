using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;

namespace Slipway.Cli.Infrastructure;

/// <summary>The schemas of schemas/ built into the tool, so they travel with it and match its version.</summary>
internal static class BundledSchemas
{
    /// <summary>The commands with a documented --json output, each described by schemas/output/NAME.schema.json.</summary>
    public static IEnumerable<string> Outputs => Output.OutputSchemas.Names;

    public static IEnumerable<string> Names => Outputs.Prepend("workspace").Prepend("config");

    public static string Read(string name)
    {
        var resource = name switch
        {
            "config" => "slipway.schema.json",
            "workspace" => "slipway-workspace.schema.json",
            _ when Outputs.Contains(name) => $"output.{name}.schema.json",
            _ => throw new SlipwayException(Errors.Usage, $"no schema named '{name}'", Suggestions.Closest(name, Names) is { } near
                ? $"did you mean '{near}'? (one of {string.Join(", ", Names)})" : $"one of {string.Join(", ", Names)}"),
        };
        using var stream = typeof(BundledSchemas).Assembly.GetManifestResourceStream("Slipway.Schemas." + resource)
            ?? throw new InvalidOperationException($"the schema {resource} is not built into this binary");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
