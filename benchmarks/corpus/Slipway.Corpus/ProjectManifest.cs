using Slipway.Core.Versioning;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Slipway.Corpus;

/// <summary>
/// One project of the corpus, as its <c>corpus.yaml</c> describes it: where its snapshot is, which
/// releases to replay, which slipway.yaml holds for which era of its layout, and where its own
/// release notes are kept.
/// </summary>
internal sealed class ProjectManifest
{
    public string Name { get; set; } = string.Empty;

    /// <summary>owner/name on GitHub; the snapshot is <c>MIRROR/owner+name/repo</c>.</summary>
    public string Repository { get; set; } = string.Empty;

    /// <summary>What kind of project it is, for the table (operator, Rust workspace, npm package…).</summary>
    public string Field { get; set; } = string.Empty;

    /// <summary>The first version replayed; earlier tags are left alone.</summary>
    public string From { get; set; } = "0.0.0";

    public bool PreReleases { get; set; }

    /// <summary>Tags left out of the replay, each with the reason.</summary>
    public Dictionary<string, string> Skip { get; set; } = [];

    /// <summary>Files the release's build regenerates (committed build output): their lines are reported apart, not as version references.</summary>
    public List<string> Generated { get; set; } = [];

    public List<EraManifest> Eras { get; set; } = [];

    public NotesManifest? Notes { get; set; }

    /// <summary>The directory of corpus.yaml: era configurations are named relative to it.</summary>
    [YamlIgnore]
    public string Directory { get; set; } = string.Empty;

    public string MirrorPath(string mirror) => Path.Combine(mirror, Repository.Replace('/', '+'), "repo");

    /// <summary>The era whose layout the tree before <paramref name="version"/> has: the last one that starts at or before it.</summary>
    public EraManifest? EraFor(SemVersion version) => Eras
        .Where(e => SemVersion.Parse(e.From) <= version)
        .OrderBy(e => SemVersion.Parse(e.From))
        .LastOrDefault();

    public static ProjectManifest Load(string directory)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var manifest = deserializer.Deserialize<ProjectManifest>(File.ReadAllText(Path.Combine(directory, "corpus.yaml")));
        manifest.Directory = directory;
        if (manifest.Name.Length == 0)
        {
            manifest.Name = Path.GetFileName(directory);
        }

        return manifest.Eras.Count > 0 && manifest.Repository.Contains('/', StringComparison.Ordinal)
            ? manifest
            : throw new InvalidDataException($"{directory}/corpus.yaml needs a repository (owner/name) and at least one era");
    }
}

/// <summary>A layout of the project's version references, from one version on.</summary>
internal sealed class EraManifest
{
    public string From { get; set; } = "0.0.0";

    /// <summary>The slipway.yaml of this era, relative to corpus.yaml.</summary>
    public string Config { get; set; } = string.Empty;
}

/// <summary>Where the project keeps the release notes Slipway's are compared with.</summary>
internal sealed class NotesManifest
{
    /// <summary>The notes file; <c>{version}</c> for one file per release.</summary>
    public string File { get; set; } = "CHANGELOG.md";

    /// <summary>Other files the release writes the same notes into (a website's copy of the changelog).</summary>
    public List<string> Copies { get; set; } = [];

    /// <summary><c>tag</c>: the file as the release's tag has it; <c>head</c>: as the newest commit has it (notes written after the release).</summary>
    public string At { get; set; } = "tag";

    /// <summary>
    /// The line that opens the release's section (a regex; <c>{version}</c> is the version, escaped).
    /// A group <c>from</c> names the tag the section covers the changes since (a compare link's
    /// base): Slipway's notes then start there too, as the maintainer would ask with <c>--from</c>
    /// when a release folds in an earlier one (git-cliff's ignore_tags, a pre-release's notes since
    /// the last final release).
    /// </summary>
    public string Heading { get; set; } = "^#+ .*\\b{version}\\b";

    /// <summary>The line that opens the next section (a regex); the section ends there.</summary>
    public string Next { get; set; } = "^#{1,2} ";

    /// <summary>Subsections of the release's section that list no changes (a BREAKING CHANGES block of notes): their heading, a regex; each ends at the next heading.</summary>
    public string? Exclude { get; set; }

    /// <summary>One entry (a regex with a group <c>title</c> and, where the notes link it, <c>pr</c>).</summary>
    public string Entry { get; set; } = "^[*-] (?<title>.+)$";

    /// <summary>Entries wrapped over several lines (continuation lines indented): joined into one line before the entry pattern is applied.</summary>
    public bool Wrapped { get; set; }

    /// <summary>What the entry's title is compared with: <c>title</c> (the whole PR or commit title) or <c>description</c> (without its conventional prefix).</summary>
    public string Compare { get; set; } = "title";

    /// <summary>Whether the notes are written from titles (a generator) or by hand; the exact-title goal applies to the first.</summary>
    public bool Generated { get; set; }
}
