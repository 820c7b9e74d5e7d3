using System.Text.Json;
using System.Text.Json.Nodes;
using Slipway.Core.Api;
using Slipway.Core.Api.Crds;
using Slipway.Core.Api.Manifests;
using Slipway.Core.Api.Snapshots;
using Slipway.Core.Configuration;

namespace Slipway.Core.Tests.Api;

/// <summary>
/// The gate's rules, one case per folder of Fixtures/api: old.yaml and new.yaml are the CRD manifests
/// at two revisions, api.yaml (optional) the project's api: section, expected.json every finding
/// with its rule, class, validator group, CRD, version, path, message, old and new values, and the
/// severity the configuration gives it. Run with SLIPWAY_ACCEPT=1 to write a missing expected.json
/// (then read it against the rule before committing).
/// </summary>
public sealed class CrdFixtureTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Fixtures", "api");

    public static TheoryData<string> Cases() => new(Names());

    private static IEnumerable<string> Names() => Directory.EnumerateDirectories(Root).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_what_the_case_expects(string name)
    {
        var folder = Path.Combine(Root, name);
        var settings = Settings(folder);
        var changes = ApiComparison.Compare(Snapshot(folder, "old.yaml"), Snapshot(folder, "new.yaml"), settings.Policy);
        var (findings, _) = FindingPolicy.Apply(changes.SelectMany(c => c.Findings), settings);
        var actual = Canonical(findings);

        var expectedPath = Path.Combine(folder, "expected.json");
        var source = Path.Combine(SourceFixtures(), name, "expected.json");
        if (!File.Exists(expectedPath) && Environment.GetEnvironmentVariable("SLIPWAY_ACCEPT") == "1")
        {
            File.WriteAllText(source, actual);
            File.WriteAllText(expectedPath, actual);
        }

        actual.ShouldBe(File.ReadAllText(expectedPath), $"case {name}");
    }

    [Fact]
    public void Every_rule_has_a_case_that_finds_it()
    {
        var found = Names().SelectMany(c => JsonNode.Parse(File.ReadAllText(Path.Combine(Root, c, "expected.json")))!.AsArray())
            .Select(f => (string)f!["rule"]!)
            .ToHashSet(StringComparer.Ordinal);
        ApiRuleNames.All.Where(r => !found.Contains(r)).ShouldBeEmpty();
    }

    internal static CrdSnapshot Snapshot(string folder, string file)
    {
        var crds = CrdReader.Read(ManifestParser.Parse(File.ReadAllText(Path.Combine(folder, file))), file).ToDictionary(c => c.Name, StringComparer.Ordinal);
        return new CrdSnapshot(new ApiTree(file, file, [], []), crds, []);
    }

    private static ApiSettings Settings(string folder)
    {
        var api = Path.Combine(folder, "api.yaml");
        if (!File.Exists(api))
        {
            return new ApiSettings { Crds = ["*.yaml"] };
        }

        var text = "versions:\n  - file: VERSION\n    whole: true\n" + File.ReadAllText(api);
        return ConfigLoader.Parse(text, "/fixture/slipway.yaml", "api.yaml").Api!;
    }

    private static string Canonical(IEnumerable<Finding> findings)
    {
        var array = new JsonArray();
        var ordered = findings
            .OrderBy(f => f.Group).ThenBy(f => f.Crd, StringComparer.Ordinal).ThenBy(f => f.Version, StringComparer.Ordinal)
            .ThenBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal);
        foreach (var f in ordered)
        {
            var item = new JsonObject
            {
                ["rule"] = f.Rule,
                ["class"] = f.Class.ToString().ToLowerInvariant(),
                ["severity"] = f.Severity.ToString().ToLowerInvariant(),
                ["group"] = f.Group.ToString(),
                ["crd"] = f.Where,
                ["path"] = f.Path,
                ["message"] = f.Message,
                ["old"] = f.Old is null ? null : JsonNode.Parse(f.Old),
                ["new"] = f.New is null ? null : JsonNode.Parse(f.New),
            };
            if (f.AlphaOnly)
            {
                item["alphaOnly"] = true;
            }

            array.Add(item);
        }

        return array.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static string SourceFixtures() =>
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Fixtures", "api"));
}
