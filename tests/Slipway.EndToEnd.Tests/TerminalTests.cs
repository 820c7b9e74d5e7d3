using System.Diagnostics;
using Slipway.Cli.Output;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// The command line as people meet it: the built tool in a real pseudo-terminal (util-linux script)
/// of 60, 80 and 120 columns, with and without colour, compared as whole screens.
/// </summary>
public sealed class TerminalTests
{
    internal static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "slipway.dll");

    [Theory]
    [InlineData(60)]
    [InlineData(80)]
    [InlineData(120)]
    public void Verify_fits_the_terminal_without_cutting_a_path_and_without_colour_writes_no_escape(int columns)
    {
        using var repo = Kube();
        var plain = InTerminal(repo.Path, columns, ["verify", "--version", "9.9.9", "--no-color"]);
        var expected = File.ReadAllText(Path.Combine(FixtureRepository.Root("terminal"), $"verify-{columns}.txt"));
        plain.ShouldBe(expected);
        plain.ShouldNotContain("\u001b");
        plain.Split('\n').ShouldAllBe(line => line.Length <= columns && !line.EndsWith(' '));

        // In colour, the same screen once the colours are taken away.
        var colored = InTerminal(repo.Path, columns, ["verify", "--version", "9.9.9"]);
        colored.ShouldContain("\u001b[");
        System.Text.RegularExpressions.Regex.Replace(colored, "\u001b\\[[0-9;]*m", string.Empty).ShouldBe(expected);
    }

    [Theory]
    [InlineData("show")]
    [InlineData("next")]
    [InlineData("verify")]
    public void NO_COLOR_and_no_color_write_no_escape_on_a_terminal(string command)
    {
        using var repo = Kube();
        InTerminal(repo.Path, 80, [command, "--no-color"]).ShouldNotContain("\u001b");
        InTerminal(repo.Path, 80, [command], noColor: true).ShouldNotContain("\u001b");
    }

    [Fact]
    public void A_misspelt_command_or_option_gets_the_nearest_name()
    {
        using var repo = Kube();
        var command = Tool.Run(repo.Path, "shwo");
        command.ExitCode.ShouldBe(2);
        command.Error.ShouldContain("'shwo' is not a command of 'slipway'");
        command.Error.ShouldContain("did you mean 'show'?");
        Tool.Run(repo.Path, "verify", "--verison", "1.0.0").Error.ShouldContain("did you mean '--version'?");
    }

    [Fact]
    public void Bash_completes_commands_and_options_with_the_script_completion_prints()
    {
        using var repo = Kube();
        var bin = Directory.CreateTempSubdirectory("slipway-bin-").FullName;
        var script = Tool.Run(repo.Path, "completion", "bash").Out;
        File.WriteAllText(Path.Combine(bin, "completion.bash"), script);
        var complete = """
            slipway() { dotnet "$DLL" "$@"; }
            source "$BIN/completion.bash"
            for line in "slipway sh" "slipway verify --ver"; do
              COMP_LINE="$line"; COMP_POINT=${#line}; read -ra COMP_WORDS <<< "$line"; COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
              _slipway_complete; echo "$line => ${COMPREPLY[*]}"
            done
            """;
        var result = Run("bash", ["-c", complete], repo.Path, new() { ["BIN"] = bin, ["DLL"] = Dll });
        result.ShouldContain("slipway sh => show");
        result.ShouldContain("slipway verify --ver => --verbose --version");
    }

    [Fact]
    public void Schema_prints_the_built_in_schema_whose_id_is_the_modeline_init_writes()
    {
        using var repo = Kube();
        var schema = Tool.Run(repo.Path, "schema").Out;
        schema.ShouldBe(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schemas", "slipway.schema.json")));
        schema.ShouldContain($"\"$id\": \"{Core.Configuration.SchemaLocation.Config}\"");
        Core.Configuration.SchemaLocation.Modeline.ShouldBe("# yaml-language-server: $schema=" + Core.Configuration.SchemaLocation.Config);
    }

    [Fact]
    public void The_schema_address_is_the_one_build_property_in_every_id_in_the_modeline_and_in_the_docs()
    {
        using var repo = Kube();
        var property = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryRoot.Path, "Directory.Build.props")).Descendants("SlipwaySchemaBase").Single().Value;
        Core.Configuration.SchemaLocation.Repository.ShouldBe(property);
        foreach (var name in OutputSchemas.Names.Prepend("workspace").Prepend("config"))
        {
            var file = name switch { "config" => "slipway.schema.json", "workspace" => "slipway-workspace.schema.json", _ => $"output/{name}.schema.json" };
            var id = $"{property}schemas/{file}";
            System.Text.Json.JsonDocument.Parse(Tool.Run(repo.Path, "schema", name).ShouldSucceed().Out).RootElement.GetProperty("$id").GetString().ShouldBe(id, name);
            System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schemas", file))).RootElement.GetProperty("$id").GetString().ShouldBe(id, file);
        }

        Tool.Run(repo.Path, "init", "--stdout", "--force").ShouldSucceed().Out.Split('\n')[0].ShouldBe($"# yaml-language-server: $schema={property}schemas/slipway.schema.json");
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "command-line.md")).ShouldContain(Core.Configuration.SchemaLocation.Modeline);
    }

    [Fact]
    public void Every_output_schema_in_schemas_output_is_the_one_the_json_types_make()
    {
        foreach (var name in OutputSchemas.Names)
        {
            var path = Path.Combine(RepositoryRoot.Path, "schemas", "output", $"{name}.schema.json");
            if (Environment.GetEnvironmentVariable("SLIPWAY_WRITE_SCHEMAS") == "1")
            {
                File.WriteAllText(path, OutputSchemas.Export(name));
            }

            File.ReadAllText(path).ShouldBe(OutputSchemas.Export(name), $"{path} is stale: run the tests with SLIPWAY_WRITE_SCHEMAS=1");
        }
    }

    [Fact]
    public void Json_writes_angle_brackets_and_plus_as_they_are()
    {
        using var repo = Kube();
        var next = Tool.Run(repo.Path, "schema", "nope", "--json");
        next.Error.ShouldNotContain("\\u00");
        Tool.Run(repo.Path, "show", "--json").Out.ShouldContain("(?<version>");
    }

    private static TestRepository Kube() => TestRepository.Create("kubeopencode");

    private static string InTerminal(string directory, int columns, string[] args, bool noColor = false)
    {
        var command = $"stty cols {columns} rows 50; exec dotnet {Dll} {string.Join(' ', args)}";
        var environment = new Dictionary<string, string> { ["TERM"] = "xterm-256color" };
        if (noColor)
        {
            environment["NO_COLOR"] = "1";
        }

        return Run("script", ["-qec", command, "/dev/null"], directory, environment, removeNoColor: !noColor).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    internal static string Run(string file, string[] args, string directory, Dictionary<string, string> environment, bool removeNoColor = true)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("COLUMNS");
        if (removeNoColor)
        {
            info.Environment.Remove("NO_COLOR");
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
