using Slipway.Core.Diagnostics;
using Slipway.Core.References;
using Slipway.Core.Workspace.Go;

namespace Slipway.Core.Tests.Workspace.Go;

/// <summary>
/// go.sum and vendor/modules.txt edits as data: Fixtures/gosum/CASE and Fixtures/modules-txt/CASE
/// each hold the file before, the edit, and the exact file after; every byte outside the module's
/// own lines (line endings, a missing final newline, other modules' order) stays as it was.
/// </summary>
public sealed class GoSumAndVendorGoldenTests
{
    public static TheoryData<string> GoSumCases() => Cases("gosum");

    public static TheoryData<string> ModulesTxtCases() => Cases("modules-txt");

    [Theory]
    [MemberData(nameof(GoSumCases))]
    public void Go_sum_gets_the_new_versions_lines_where_go_puts_them(string name)
    {
        var (edit, before, after) = Read("gosum", name);
        var fields = edit.Split(' ');
        GoSumEditor.Update(before, fields[0], fields[1] == "-" ? null : fields[1], fields[2], fields[3], fields[4]).ShouldBe(after);
    }

    [Theory]
    [MemberData(nameof(ModulesTxtCases))]
    public void Modules_txt_gets_the_new_version_and_the_modules_go_version(string name)
    {
        var (edit, before, after) = Read("modules-txt", name);
        var fields = edit.Split(' ');
        VendorModulesEditor.Update(before, fields[0], fields[1], fields[2] == "-" ? null : fields[2], fields[3] == "records").ShouldBe(after);
    }

    [Fact]
    public void Go_sum_holding_other_hashes_for_the_new_version_is_not_overwritten()
    {
        const string text = "example.com/up v1.3.0 h1:theirs\nexample.com/up v1.3.0/go.mod h1:mod\n";
        var error = Should.Throw<SlipwayException>(() => GoSumEditor.Update(text, "example.com/up", "v1.2.3", "v1.3.0", "h1:ours", "h1:mod"));
        error.Kind.ShouldBe(Errors.GoSumsNotEditable);
        error.Details.ShouldBe(["in go.sum:  example.com/up v1.3.0 h1:theirs", "computed:   example.com/up v1.3.0 h1:ours", "computed:   example.com/up v1.3.0/go.mod h1:mod"]);
    }

    [Fact]
    public void Modules_txt_that_does_not_list_the_module_says_to_vendor_again()
    {
        var error = Should.Throw<SlipwayException>(() => VendorModulesEditor.Update("# example.com/a v0.1.0\n## explicit\n", "example.com/up", "v1.3.0", null, true));
        error.Kind.ShouldBe(Errors.GoSumsNotEditable);
        error.Message.ShouldBe("vendor/modules.txt does not list example.com/up");
    }

    [Theory]
    [InlineData("1.16", false)]
    [InlineData("1.17", true)]
    [InlineData("1.21.0", true)]
    [InlineData(null, false)]
    public void Go_versions_are_recorded_from_go_1_17(string? go, bool records) => GoFollowEdits.RecordsGoVersions(go).ShouldBe(records);

    [Fact]
    public void Plans_the_go_sum_and_modules_txt_edits_beside_the_go_mod_and_nothing_without_a_change()
    {
        using var directory = new TempDirectory();
        directory.Write("operator/go.mod", "module example.com/operator\n\ngo 1.21\n\nrequire example.com/up v1.2.3\n");
        directory.Write("operator/go.sum", "example.com/up v1.2.3 h1:zip\nexample.com/up v1.2.3/go.mod h1:mod\n");
        directory.Write("operator/vendor/modules.txt", "# example.com/up v1.2.3\n## explicit; go 1.20\nexample.com/up\n");
        var sums = Sums("v1.3.0", "1.21");

        var edits = GoFollowEdits.Plan(new DocumentCache(directory.Path), "operator/go.mod", sums, "v1.2.3");

        edits.Select(e => (e.Path, e.NewText)).ShouldBe([
            ("operator/go.sum", "example.com/up v1.3.0 h1:newzip\nexample.com/up v1.3.0/go.mod h1:newmod\n"),
            ("operator/vendor/modules.txt", "# example.com/up v1.3.0\n## explicit; go 1.21\nexample.com/up\n"),
        ]);
        edits[0].OriginalBytes.ShouldBe(File.ReadAllBytes(Path.Combine(directory.Path, "operator/go.sum")));
        directory.Write("operator/go.sum", edits[0].NewText);
        directory.Write("operator/vendor/modules.txt", edits[1].NewText);
        GoFollowEdits.Plan(new DocumentCache(directory.Path), "operator/go.mod", sums, "v1.3.0").ShouldBeEmpty();
    }

    [Fact]
    public void A_module_without_go_sum_is_refused_rather_than_given_one()
    {
        using var directory = new TempDirectory();
        directory.Write("go.mod", "module example.com/operator\n\nrequire example.com/up v1.2.3\n");
        var error = Should.Throw<SlipwayException>(() => GoFollowEdits.Plan(new DocumentCache(directory.Path), "go.mod", Sums("v1.3.0", null), "v1.2.3"));
        error.Kind.ShouldBe(Errors.GoSumsNotEditable);
        error.Message.ShouldBe("go.sum does not exist, so the sums of example.com/up v1.3.0 have nowhere to go");
    }

    private static GoModuleSums Sums(string version, string? go) =>
        new(new GoModuleVersion("example.com/up", version), "h1:newzip", "h1:newmod", new GoModuleLocation(string.Empty, string.Empty), "0123456789abcdef0123456789abcdef01234567", []) { GoVersion = go };

    private static TheoryData<string> Cases(string kind) =>
        new(Directory.EnumerateDirectories(Path.Combine(AppContext.BaseDirectory, "Fixtures", kind)).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    private static (string Edit, string Before, string After) Read(string kind, string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Fixtures", kind, name);
        return (File.ReadAllText(Path.Combine(directory, "edit")).Trim(), File.ReadAllText(Path.Combine(directory, "before")), File.ReadAllText(Path.Combine(directory, "after")));
    }
}
