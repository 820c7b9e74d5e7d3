using NJsonSchema;
using Slipway.Core.Workspace;
using Slipway.EndToEnd.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Slipway.EndToEnd.Tests;

/// <summary>The workspace file's documentation and its shipped schema stay true to what the workspace loader accepts.</summary>
public sealed class WorkspaceDocumentationTests
{
    private const string Marker = "# slipway.workspace.yaml";

    public static bool IsWorkspace(string snippet) => snippet.StartsWith(Marker, StringComparison.Ordinal);

    public static TheoryData<int> Snippets() => new(WorkspaceSnippets().Select((_, i) => i));

    [Theory]
    [MemberData(nameof(Snippets))]
    public async Task Every_workspace_snippet_in_the_docs_loads_and_satisfies_the_schema(int index)
    {
        var snippet = WorkspaceSnippets()[index];
        using var directory = TestRepository.CreateEmpty();
        var file = Path.Combine(directory.Path, "workspace", "slipway.workspace.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);

        // Every clone the snippet names, each a git clone with a configuration of its own.
        foreach (var path in ClonePaths(snippet))
        {
            var clone = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
            Directory.CreateDirectory(Path.Combine(clone, ".git"));
            File.WriteAllText(Path.Combine(clone, "slipway.yaml"), "versions:\n  - file: VERSION\n    whole: true\n");
        }

        File.WriteAllText(file, snippet);
        WorkspaceLoader.Load(file).Order.ShouldNotBeEmpty();
        (await LoadSchema()).Validate(DocumentationTests.YamlToJson(snippet)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_schema_names_exactly_the_keys_the_loader_accepts()
    {
        var schema = await LoadSchema();
        schema.Properties.Keys.Order().ShouldBe(WorkspaceLoader.TopLevelKeys.Order());
        schema.Definitions["repository"].Properties.Keys.Order().ShouldBe(WorkspaceFileReader.RepositoryKeys.Order());
        var handoff = schema.Definitions["handoff"];
        handoff.Properties.Keys.Order().ShouldBe(HandoffSectionReader.Keys.Order());
        handoff.Properties["target"].Properties.Keys.Order().ShouldBe(HandoffPartsReader.TargetKeys.Order());
        handoff.Properties["copy"].Item.Properties.Keys.Order().ShouldBe(HandoffPartsReader.CopyKeys.Order());
        handoff.Properties["pull-request"].Properties.Keys.Order().ShouldBe(HandoffPartsReader.PullRequestKeys.Order());
    }

    [Theory]
    [InlineData("repositories:\n  - name: a\n    path: a\n")]
    [InlineData("version: per-repository\nrepositories:\n  - { name: a, path: a, after: [b] }\n  - { name: b, path: b, remote: upstream }\n")]
    public async Task The_schema_accepts_what_the_loader_accepts(string yaml) =>
        (await LoadSchema()).Validate(DocumentationTests.YamlToJson(yaml)).ShouldBeEmpty();

    [Theory]
    [InlineData("version: shared\n")]
    [InlineData("repositories: []\n")]
    [InlineData("repositories:\n  - name: a\n    path: a\n    colour: red\n")]
    [InlineData("repositories:\n  - name: 'a b'\n    path: a\n")]
    [InlineData("repositories:\n  - { name: a, path: a, config: ../x.yaml }\n")]
    [InlineData("version: mixed\nrepositories:\n  - { name: a, path: a }\n")]
    [InlineData("repositories:\n  - { name: a, path: a }\nhandoffs:\n  - { name: h, from: a, target: { path: t, repository: nameonly }, copy: [{ from: x, to: y }] }\n")]
    public async Task The_schema_rejects_what_the_loader_rejects(string yaml) =>
        (await LoadSchema()).Validate(DocumentationTests.YamlToJson(yaml)).ShouldNotBeEmpty();

    private static List<string> WorkspaceSnippets() => Directory
        .EnumerateFiles(Path.Combine(RepositoryRoot.Path, "docs"), "*.md", SearchOption.AllDirectories)
        .Append(Path.Combine(RepositoryRoot.Path, "README.md"))
        .Order(StringComparer.Ordinal)
        .SelectMany(d => DocumentationTests.YamlFence().Matches(File.ReadAllText(d)).Select(m => m.Groups["body"].Value))
        .Where(IsWorkspace)
        .ToList();

    private static IEnumerable<string> ClonePaths(string snippet)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(snippet));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        IEnumerable<YamlMappingNode> Items(string key) =>
            root.Children.TryGetValue(key, out var list) ? ((YamlSequenceNode)list).Children.OfType<YamlMappingNode>() : [];
        return Items("repositories").Select(r => r["path"].ToString())
            .Concat(Items("handoffs").Select(h => ((YamlMappingNode)h["target"])["path"].ToString()));
    }

    private static Task<JsonSchema> LoadSchema() =>
        JsonSchema.FromFileAsync(Path.Combine(RepositoryRoot.Path, "schemas", "slipway-workspace.schema.json"), TestContext.Current.CancellationToken);
}
