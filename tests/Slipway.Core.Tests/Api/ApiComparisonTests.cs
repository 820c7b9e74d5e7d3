using Slipway.Core.Api;
using Slipway.Core.Api.Crds;
using Slipway.Core.Api.Manifests;
using Slipway.Core.Api.Snapshots;
using Slipway.Core.Configuration;

namespace Slipway.Core.Tests.Api;

/// <summary>
/// <see cref="ApiComparison"/> compares the pairs of CRDs on every core at once: the changes must
/// still come in name order, each with exactly the findings its pair gives when compared alone.
/// </summary>
public sealed class ApiComparisonTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "api", "nested-in-lists-and-maps");

    [Fact]
    public void Many_crds_compared_together_give_each_pairs_own_findings_in_name_order()
    {
        var old = File.ReadAllText(Path.Combine(Fixture, "old.yaml"));
        var changed = File.ReadAllText(Path.Combine(Fixture, "new.yaml"));
        // 40 copies of the CRD, each in its own group, listed against name order; every other one
        // unchanged, so that changed and unchanged CRDs alternate.
        var before = Snapshot(Copies(i => old));
        var after = Snapshot(Copies(i => i % 2 == 0 ? changed : old));
        var policy = new ApiSettings { Crds = ["*.yaml"] }.Policy;

        var changes = ApiComparison.Compare(before, after, policy);

        var expected = after.Crds.Keys.Order(StringComparer.Ordinal)
            .Select(name => (Name: name, Findings: CrdComparer.Compare(before.Crds[name], after.Crds[name], policy)))
            .Where(c => c.Findings.Count > 0)
            .ToList();
        expected.Count.ShouldBe(20);
        changes.Select(c => c.Name).ShouldBe(expected.Select(c => c.Name));
        foreach (var (change, (_, findings)) in changes.Zip(expected))
        {
            change.Findings.ShouldBe(findings);
        }
    }

    private static string Copies(Func<int, string> text) =>
        string.Concat(Enumerable.Range(0, 40).Select(i => text(i).Replace("kubeopencode.io", $"g{39 - i:00}.example.io", StringComparison.Ordinal)));

    private static CrdSnapshot Snapshot(string text)
    {
        var crds = CrdReader.Read(ManifestParser.Parse(text), "crds.yaml").ToDictionary(c => c.Name, StringComparer.Ordinal);
        return new CrdSnapshot(new ApiTree("crds.yaml", "crds.yaml", [], []), crds, []);
    }
}
