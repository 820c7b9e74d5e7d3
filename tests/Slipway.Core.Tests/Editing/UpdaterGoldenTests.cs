using Slipway.Core.Diagnostics;
using Slipway.Core.Editing;
using Slipway.Core.Planning;
using Slipway.Core.References;

namespace Slipway.Core.Tests.Editing;

/// <summary>
/// Golden cases per format, one folder each under Fixtures/FORMAT/CASE (see <see cref="UpdaterCase"/>):
/// the input file, the slipway.yaml entry that locates its version, the version to write (args) and
/// the exact expected bytes (expected/FILE) or the reason the bump is refused (expected-error). Each
/// case pins one detail an updater must keep (comments, CRLF, tabs, quoting, a byte-order mark,
/// what a Makefile's grammar says is an assignment), so a regression shows as the one detail that broke.
/// </summary>
public sealed class UpdaterGoldenTests
{
    public static TheoryData<string> Cases() => new(UpdaterCase.Names());

    [Fact]
    public void Every_format_has_cases()
    {
        var formats = UpdaterCase.Names().Select(n => n.Split('/')[0]).Distinct().ToList();
        formats.ShouldBe(["gomod", "json", "make", "regex", "toml", "whole", "xml", "yaml"], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rewrites_only_the_value(string name)
    {
        var golden = UpdaterCase.Load(name);
        var scan = ReferenceReader.Read(golden.Config);
        if (golden.ExpectedError is { } error)
        {
            var refused = Should.Throw<SlipwayException>(() => BumpPlanner.Plan(scan, golden.Version));
            string.Join("\n", [refused.Message, .. refused.Details]).ShouldContain(error, Case.Sensitive, $"{name}: the refusal");
            return;
        }

        var edits = BumpPlanner.Plan(scan, golden.Version).Edits.ToDictionary(e => e.Path, e => e.NewBytes, StringComparer.Ordinal);
        edits.Keys.ShouldBe(golden.Expected.Keys, ignoreOrder: true, $"{name}: the files edited");
        foreach (var (path, bytes) in golden.Expected)
        {
            System.Text.Encoding.UTF8.GetString(edits[path]).ShouldBe(System.Text.Encoding.UTF8.GetString(bytes), $"{name}: {path}");
            edits[path].ShouldBe(bytes, $"{name}: {path}, byte for byte");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rewriting_to_the_current_value_returns_identical_text(string name)
    {
        var golden = UpdaterCase.Load(name);
        foreach (var reading in ReferenceReader.Read(golden.Config).Readings.Where(r => r.IsReadable && r.Values.Count > 0))
        {
            var text = new DocumentCache(golden.Config.Root).Get(reading.Path)!.Text;
            foreach (var value in reading.Values)
            {
                var span = value.Located.Span;
                var rewritten = string.Concat(text.AsSpan(0, span.Start), ValueEncoder.Encode(value.Text, value.Located.Encoding), text.AsSpan(span.End));
                rewritten.ShouldBe(text, $"{name}: {reading.Path}:{value.Line}");
            }
        }
    }
}
