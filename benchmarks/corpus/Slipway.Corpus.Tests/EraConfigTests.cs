using Slipway.Core.Configuration;

namespace Slipway.Corpus.Tests;

/// <summary>
/// What the replay writes into a clone for an era: its slipway.yaml, and the notes template it names
/// at the same place relative to it (Slipway reads the template from there, so without it
/// <c>notes</c> fails and the era's notes would not be replayed).
/// </summary>
public sealed class EraConfigTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("era-config-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_notes_template_goes_beside_the_configuration_in_the_clone()
    {
        var (project, era, config) = Project("notes:\n  template: notes/changelog.hbs\n", ("notes/changelog.hbs", "## {{version}}\n"));
        var clone = Directory.CreateDirectory(Path.Combine(_root, "clone")).FullName;

        var written = EraConfig.Load(project, era, config).WriteInto(clone, ".corpus.yaml");

        File.ReadAllText(Path.Combine(clone, "notes", "changelog.hbs")).ShouldBe("## {{version}}\n");
        File.ReadAllText(Path.Combine(clone, ".corpus.yaml")).ShouldContain("template: notes/changelog.hbs");
        written.ShouldBe([Path.Combine(clone, "notes", "changelog.hbs"), Path.Combine(clone, ".corpus.yaml")]);
    }

    [Fact]
    public void A_configuration_without_a_template_writes_itself_alone()
    {
        var (project, era, config) = Project("notes:\n  style: keep-a-changelog\n");
        var clone = Directory.CreateDirectory(Path.Combine(_root, "clone")).FullName;

        EraConfig.Load(project, era, config).WriteInto(clone, ".corpus.yaml").ShouldBe([Path.Combine(clone, ".corpus.yaml")]);
    }

    [Fact]
    public void A_template_where_the_project_has_a_file_is_refused_and_the_file_kept()
    {
        var (project, era, config) = Project("notes:\n  template: CHANGELOG.hbs\n", ("CHANGELOG.hbs", "ours\n"));
        var clone = Directory.CreateDirectory(Path.Combine(_root, "clone")).FullName;
        File.WriteAllText(Path.Combine(clone, "CHANGELOG.hbs"), "the project's\n");

        Should.Throw<InvalidDataException>(() => EraConfig.Load(project, era, config).WriteInto(clone, ".corpus.yaml")).Message.ShouldContain("CHANGELOG.hbs");
        File.ReadAllText(Path.Combine(clone, "CHANGELOG.hbs")).ShouldBe("the project's\n");
        File.Exists(Path.Combine(clone, ".corpus.yaml")).ShouldBeFalse();
    }

    private (ProjectManifest Project, EraManifest Era, SlipwayConfig Config) Project(string notes, params (string Path, string Text)[] files)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_root, "project")).FullName;
        var configPath = Path.Combine(directory, "npm.slipway.yaml");
        File.WriteAllText(configPath, "versions:\n  - file: package.json\n    json: version\n" + notes);
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(directory, path))!);
            File.WriteAllText(Path.Combine(directory, path), text);
        }

        var era = new EraManifest { From = "1.0.0", Config = "npm.slipway.yaml" };
        return (new ProjectManifest { Directory = directory, Repository = "acme/widget", Eras = [era] }, era, ConfigLoader.Load(configPath));
    }
}
