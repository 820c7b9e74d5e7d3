using Slipway.Core.Configuration;

namespace Slipway.Corpus;

/// <summary>A file the era's configuration names, relative to it: written at the same place relative to the configuration in the clone.</summary>
internal sealed record ConfigFile(string Path, string Text);

/// <summary>
/// An era's slipway.yaml as the replay writes it into a clone: its text, and the notes template it
/// names (a maintainer who keeps a changelog format no built-in style writes has one). Slipway reads
/// the template relative to the configuration, so it goes beside it in the clone, where the
/// configuration is written at the root.
/// </summary>
internal sealed record EraConfig(string Text, ConfigFile? Template)
{
    public static EraConfig Load(ProjectManifest project, EraManifest era, SlipwayConfig config)
    {
        var path = System.IO.Path.Combine(project.Directory, era.Config);
        var template = config.Notes.Template is { } name
            ? new ConfigFile(name, File.ReadAllText(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, name)))
            : null;
        return new EraConfig(File.ReadAllText(path), template);
    }

    /// <summary>
    /// Writes the configuration as <paramref name="configName"/> in <paramref name="root"/> and its
    /// template beside it; the paths written, to be removed after the run. A template at a path the
    /// project's tree already has is refused: the replay would read the project's file as the
    /// corpus' or overwrite it.
    /// </summary>
    public IReadOnlyList<string> WriteInto(string root, string configName)
    {
        var written = new List<string>();
        if (Template is { } template)
        {
            var full = System.IO.Path.Combine(root, template.Path);
            if (File.Exists(full) || Directory.Exists(full))
            {
                throw new InvalidDataException($"the notes template {template.Path} is a path of the project's tree: give the corpus' template a name of its own");
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, template.Text);
            written.Add(full);
        }

        var config = System.IO.Path.Combine(root, configName);
        File.WriteAllText(config, Text);
        written.Add(config);
        return written;
    }
}
