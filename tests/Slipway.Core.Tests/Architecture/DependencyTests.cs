namespace Slipway.Core.Tests.Architecture;

/// <summary>
/// Dependencies point one way: features depend on Configuration, never the reverse; pure folders
/// import nothing of the procedure; and no two folders of a project use each other, however
/// indirectly. A failure names the cycle and the files that make each of its edges.
/// </summary>
public sealed class DependencyTests
{
    [Theory]
    [InlineData("src/Slipway.Core", "Slipway.Core")]
    [InlineData("src/Slipway.Cli", "Slipway.Cli")]
    public void The_folders_of_a_project_use_each_other_without_a_cycle(string project, string rootNamespace)
    {
        var graph = FolderGraph.Read(Path.Combine(SourceTree.Root, project), rootNamespace);

        var cycle = graph.FindCycle();

        cycle.ShouldBeNull(cycle is null ? null : string.Join("\n", cycle.Zip(cycle.Skip(1), (a, b) => $"{a} -> {b}: {string.Join(", ", graph.FilesOf(a, b).Take(3))}")));
    }

    // Text (the YAML parser's guard, printable text) is the bottom layer: the editors' YAML reader uses it too.
    [Theory]
    [InlineData("Versioning")]
    [InlineData("Diagnostics")]
    [InlineData("Hosting")]
    [InlineData("Text")]
    [InlineData("Editing", "Text")]
    public void A_pure_folder_uses_no_other_folder(string folder, params string[] below) =>
        FolderGraph.Read(Path.Combine(SourceTree.Root, "src/Slipway.Core"), "Slipway.Core").Uses(folder).ShouldBeSubsetOf(below);

    // Files (regular-file reads, globs) and Git (the ref-name grammar git check-ref-format applies) are
    // the infrastructure the settings are checked with, not features of the procedure.
    [Fact]
    public void Configuration_uses_no_feature()
    {
        var uses = FolderGraph.Read(Path.Combine(SourceTree.Root, "src/Slipway.Core"), "Slipway.Core").Uses("Configuration");

        uses.ShouldBeSubsetOf(["Diagnostics", "Editing", "Files", "Git", "Templates", "Text", "Versioning"]);
    }
}
