using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;
using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.EndToEnd.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Slipway.EndToEnd.Tests;

/// <summary>The documentation, the examples and the shipped schema stay true to what the loader accepts.</summary>
public sealed partial class DocumentationTests
{
    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        var documents = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "docs"), "*.md", SearchOption.AllDirectories)
            .Append(Path.Combine(RepositoryRoot.Path, "README.md"));
        foreach (var document in documents)
        {
            var index = 0;
            foreach (Match fence in YamlFence().Matches(File.ReadAllText(document)))
            {
                // Workspace files have their own loader and tests (WorkspaceDocumentationTests).
                if (!WorkspaceDocumentationTests.IsWorkspace(fence.Groups["body"].Value))
                {
                    data.Add(Path.GetRelativePath(RepositoryRoot.Path, document), index);
                }

                index++;
            }
        }

        return data;
    }

    public static TheoryData<string> Configurations() => new(Directory
        .EnumerateFiles(Path.Combine(RepositoryRoot.Path, "examples"), "slipway.yaml", SearchOption.AllDirectories)
        .Append(Path.Combine(RepositoryRoot.Path, "slipway.yaml"))
        .Select(p => Path.GetRelativePath(RepositoryRoot.Path, p)));

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Every_configuration_snippet_in_the_docs_loads(string document, int index)
    {
        var snippet = YamlFence().Matches(File.ReadAllText(Path.Combine(RepositoryRoot.Path, document)))[index].Groups["body"].Value;
        var config = ConfigLoader.Parse(snippet, "/snippet/slipway.yaml", $"{document} snippet {index}");
        config.Versions.ShouldNotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task Every_configuration_in_the_repository_loads_and_satisfies_the_schema(string path)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, path));
        ConfigLoader.Parse(text, "/x/slipway.yaml", path);
        var schema = await LoadSchema();
        schema.Validate(YamlToJson(text)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_schema_names_exactly_the_keys_the_loader_accepts()
    {
        var schema = await LoadSchema();
        schema.Properties.Keys.Order().ShouldBe(ConfigLoader.TopLevelKeys.Order());
        schema.Definitions["reference"].Properties.Keys.Order().ShouldBe(VersionsSectionReader.EntryKeys.Order());
        schema.Properties["notes"].Properties.Keys.Order().ShouldBe(NotesSectionReader.NotesKeys.Order());
        schema.Properties["forge"].Properties.Keys.Order().ShouldBe(NotesSectionReader.ForgeKeys.Order());
        schema.Properties["next"].Properties.Keys.Order().ShouldBe(NotesSectionReader.NextKeys.Order());
        var api = schema.Properties["api"];
        api.Properties.Keys.Order().ShouldBe(ApiSectionReader.Keys.Order());
        api.Properties["rules"].Properties.Keys.Order().ShouldBe(ApiRuleNames.All.Where(r => r != ApiRuleNames.Unclassified).Order());
        api.Properties["allow"].Item!.Properties.Keys.Order().ShouldBe(ApiAllowListReader.EntryKeys.Order());
        api.Properties["policy"].Properties.Keys.Order().ShouldBe(ApiPolicy.Keys.Order());
        api.Properties["bump"].Properties.Keys.Order().ShouldBe(ApiBumpPolicy.Keys.Order());
    }

    [Fact]
    public async Task The_schema_rejects_what_the_loader_rejects()
    {
        var schema = await LoadSchema();
        schema.Validate(YamlToJson("versions:\n  - file: a\n    make: V\n    yaml: v\n")).ShouldBeEmpty(); // two locators: the loader's job
        schema.Validate(YamlToJson("versions:\n  - file: a\n    fiel: b\n    make: V\n")).ShouldNotBeEmpty();
        schema.Validate(YamlToJson("versions:\n  - make: V\n")).ShouldNotBeEmpty();
        schema.Validate(YamlToJson("versions:\n  - file: a\n    make: V\n    count: 0\n")).ShouldNotBeEmpty();
        schema.Validate(YamlToJson("tag: release\nversions:\n  - file: a\n    make: V\n")).ShouldNotBeEmpty();
        foreach (var hostile in (string[])["tag: '-d{version}'\n", "remote: '--upload-pack=x'\n", "base: ''\n", "base: 'a..b'\n", "copies:\n  - from: a\n    to: ../b\n", "notes:\n  file: /tmp/n.md\n", "checks:\n  - run: x\n    timeout: 1e3s\n"])
        {
            schema.Validate(YamlToJson("versions:\n  - file: a\n    make: V\n" + hostile)).ShouldNotBeEmpty(hostile);
        }

        foreach (var entry in (string[])["file: ../a", "file: .git/HEAD", "file: /etc/passwd", "files: '**/.git/*'"])
        {
            schema.Validate(YamlToJson($"versions:\n  - {entry}\n    make: V\n")).ShouldNotBeEmpty(entry);
        }

        schema.Validate(YamlToJson("versions:\n  - file: a\n    make: V\n    value: abc\n")).ShouldNotBeEmpty();
        schema.Validate(YamlToJson("versions:\n  - file: ./a/.github/b\n    make: V\n    value: '{major}.{minor}'\nbase: release/1.x\nremote: upstream\n")).ShouldBeEmpty();
    }

    [Fact]
    public void The_error_catalogue_is_documented_entry_for_entry()
    {
        var documented = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "errors.md"));
        foreach (var error in Errors.All)
        {
            documented.ShouldContain($"| {error.Code} | {(int)error.Exit} | {error.Title} |");
        }

        ErrorRow().Count(documented).ShouldBe(Errors.All.Count);
    }

    private static Task<JsonSchema> LoadSchema() =>
        JsonSchema.FromFileAsync(Path.Combine(RepositoryRoot.Path, "schemas", "slipway.schema.json"), TestContext.Current.CancellationToken);

    /// <summary>YAML to JSON with the YAML core schema's types for plain scalars, as an editor's YAML plugin would read it.</summary>
    internal static string YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode)!.ToJsonString();
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(Convert).ToArray()),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar => scalar.Value switch
        {
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            "null" or "~" or "" => null,
            var v when long.TryParse(v, out var n) => JsonValue.Create(n),
            var v => JsonValue.Create(v),
        },
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };

    [GeneratedRegex(@"^```yaml\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    internal static partial Regex YamlFence();

    [GeneratedRegex(@"^\| SW\d+ \|", RegexOptions.Multiline)]
    private static partial Regex ErrorRow();
}
