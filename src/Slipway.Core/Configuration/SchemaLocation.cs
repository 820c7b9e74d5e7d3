namespace Slipway.Core.Configuration;

/// <summary>
/// Where editors fetch the schema of slipway.yaml: the raw file in Slipway's repository, so the
/// yaml-language-server modeline that init writes works in any repository. The schema's $id says the
/// same (a test keeps them in step); 'slipway schema' prints the copy built into the tool.
/// <see cref="Repository"/> is made at build time from the SlipwaySchemaBase property (Directory.Build.props).
/// </summary>
public static partial class SchemaLocation
{
    public const string Config = Repository + "schemas/slipway.schema.json";

    public const string Workspace = Repository + "schemas/slipway-workspace.schema.json";

    /// <summary>The first line of a slipway.yaml that init writes: it tells yaml-language-server (VS Code, Neovim, …) which schema to check the file against.</summary>
    public const string Modeline = "# yaml-language-server: $schema=" + Config;
}
