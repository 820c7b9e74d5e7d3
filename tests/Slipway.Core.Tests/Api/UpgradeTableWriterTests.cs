using System.Text.Json;
using Slipway.Core.Api.Upgrades;
using Slipway.Core.Templates;
using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.Api;

/// <summary>
/// The upgrade table's writer, byte for byte, one case per folder of Fixtures/upgrade-table:
/// before.md, the row to add (row.json), and after.md, the exact bytes expected. Run with
/// SLIPWAY_ACCEPT=1 to write a missing after.md (then read the diff before committing).
/// </summary>
public sealed class UpgradeTableWriterTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Fixtures", "upgrade-table");
    private static readonly TagTemplate Tags = TagTemplate.Parse("v{version}");

    public static TheoryData<string> Cases() => new(Directory.EnumerateDirectories(Root).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Adds_the_row_keeping_every_other_byte(string name)
    {
        var folder = Path.Combine(Root, name);
        var before = File.ReadAllBytes(Path.Combine(folder, "before.md"));
        using var row = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "row.json")));
        var values = new UpgradeRowValues(
            SemVersion.Parse(row.RootElement.GetProperty("version").GetString()!),
            row.RootElement.GetProperty("tag").GetString()!,
            row.RootElement.GetProperty("crdsChanged").GetBoolean(),
            row.RootElement.GetProperty("description").GetString()!);

        var (_, _, document, table) = UpgradeTableEdit.Parse("before.md", before, Tags);
        var after = document.Encode(UpgradeTableWriter.AddRow(table, values));

        var expectedPath = Path.Combine(folder, "after.md");
        if (!File.Exists(expectedPath) && Environment.GetEnvironmentVariable("SLIPWAY_ACCEPT") == "1")
        {
            File.WriteAllBytes(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Fixtures", "upgrade-table", name, "after.md")), after);
            File.WriteAllBytes(expectedPath, after);
        }

        Convert.ToHexString(after).ShouldBe(Convert.ToHexString(File.ReadAllBytes(expectedPath)), $"case {name}:\n{System.Text.Encoding.UTF8.GetString(after)}");
    }

    [Fact]
    public void Adding_the_same_row_twice_changes_nothing_the_second_time()
    {
        var (_, _, document, table) = UpgradeTableEdit.Parse("before.md", File.ReadAllBytes(Path.Combine(Root, "kubeopencode", "before.md")), Tags);
        var values = new UpgradeRowValues(SemVersion.Parse("0.0.19"), "v0.0.19", true, "Agent: added `.spec.x`");
        var once = UpgradeTableWriter.AddRow(table, values);
        var twice = UpgradeTableWriter.AddRow(UpgradeTable.Find(once, Tags)!, values);
        twice.ShouldBe(once);
        once.ShouldNotBe(document.Text);
    }

    [Fact]
    public void Reads_the_rows_of_the_real_table()
    {
        var (_, _, _, table) = UpgradeTableEdit.Parse("before.md", File.ReadAllBytes(Path.Combine(Root, "kubeopencode", "before.md")), Tags);
        table.Rows.Select(r => r.Version!.ToString()).ShouldBe(["0.0.18", "0.0.13", "0.0.9", "0.0.4", "0.0.3", "0.0.2", "0.0.1"]);
        table.Rows.Select(r => r.CrdsChanged).ShouldBe([true, true, false, true, false, false, true]);
        table.RowFor(SemVersion.Parse("0.0.9"))!.Description.ShouldStartWith("Added `agents/finalizers` permission");
    }

    [Theory]
    [InlineData("`v0.4.1`", "0.4.1")]
    [InlineData("[v0.4.1](https://github.com/o/r/releases/tag/v0.4.1)", "0.4.1")]
    [InlineData("0.4.1-rc1", "0.4.1-rc1")]
    [InlineData("unreleased", null)]
    public void Reads_a_version_however_the_cell_spells_it(string cell, string? version) =>
        UpgradeTable.VersionIn(cell, Tags)?.ToString().ShouldBe(version);

    [Fact]
    public void A_document_without_the_table_is_refused_with_what_to_add()
    {
        var error = Should.Throw<Diagnostics.SlipwayException>(() => UpgradeTableEdit.Parse("docs/upgrading.md", "# Upgrading\n\n| Version | Notes |\n|---|---|\n"u8.ToArray(), Tags));
        error.Kind.Code.ShouldBe("SW362");
        error.Message.ShouldContain("| Version | CRD Changes | Description |");
    }
}
