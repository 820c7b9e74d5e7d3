using Slipway.Core.Templates;
using Slipway.Core.Versioning;

namespace Slipway.Core.Init;

/// <summary>
/// Proposes what a maintainer would name in slipway.yaml: the usual version files (Helm charts, OLM
/// ClusterServiceVersions, kustomize image tags, Cargo workspaces and lockfiles, npm packages and lockfiles, MSBuild,
/// Maven and Python projects, Makefiles, VERSION files, markdown status lines, Go and JavaScript
/// version constants, the lines a project marked for release-please), each with the value template its spelling needs; the ones at another version set
/// aside; and the remaining occurrences of the version as candidates.
/// </summary>
public static class ProjectDetector
{
    private static readonly SemVersion Placeholder = new(0, 0, 0);

    /// <param name="root">The directory the paths are relative to.</param>
    /// <param name="files">The repository's tracked files.</param>
    /// <param name="tagged">The version of the latest release tag, which settles a tie between versions the files hold.</param>
    /// <param name="ownFile">The configuration file itself, never a candidate.</param>
    /// <param name="laterTags">
    /// Release tags' versions above <paramref name="tagged"/>, highest first: tagged on a release
    /// branch, they are not reachable, yet the tree may hold one (the release's commits were merged back).
    /// </param>
    public static InitProposal Detect(string root, IReadOnlyList<string> files, SemVersion? tagged = null, string? ownFile = null, IReadOnlyList<SemVersion>? laterTags = null)
    {
        var init = new InitFiles(root, files);
        ManifestDetector.Detect(init);
        HelmChartDetector.Detect(init);
        OlmDetector.Detect(init);
        KustomizeDetector.Detect(init);
        CargoDetector.Detect(init);
        StatusLineDetector.Detect(init);
        GoVersionDetector.Detect(init);
        ScriptVersionDetector.Detect(init);
        ReleasePleaseDetector.Detect(init);

        var found = init.Found
            .Where(f => VersionShape.VersionIn(f.CurrentValue) is not null)
            .DistinctBy(f => (f.File, f.Line))
            .ToList();
        // Without any version file, the release tags say which version to look for: of the latest
        // reachable one and those tagged above it, the one the tree holds most; without those, what
        // the references that do not settle it alone (a Go program's version variable) hold.
        var version = CurrentVersion(found.Where(f => f.SettlesVersion).ToList(), tagged)
            ?? MostHeldTagVersion(init, tagged, laterTags ?? [], ownFile) ?? CurrentVersion(found, null);
        if (version is null)
        {
            return new InitProposal(null, [], [], [], 0);
        }

        var references = new List<DetectedReference>();
        var leftOut = new List<DetectedReference>();
        foreach (var reference in found)
        {
            var template = VersionShape.TemplateFor(reference.CurrentValue, version, out var holds);
            if (holds || reference.ListedWhenOther)
            {
                (holds ? references : leftOut).Add(reference with { ValueTemplate = template });
            }
        }

        version = SplitVersionDetector.Apply(init, references, version);
        var tag = TagTemplate.Parse(TagTemplate.Default).TagFor(version);
        var (candidates, more) = CandidateFinder.Find(init, version, tag, references, ownFile);
        return new InitProposal(version, references, leftOut, candidates, more);
    }

    public static bool Named(string path, string name) => InitFiles.Named(path, name);

    // The highest version held at all was wrong both ways on kube-state-metrics: one deprecation
    // notice naming the coming release ("since v2.14.0") or a test's sample v2.18.0 outweighed the
    // thirty places that hold the release the tree is at. A tie goes to the higher version; a tree
    // that holds none of them is taken to be at the latest reachable release.
    private static SemVersion? MostHeldTagVersion(InitFiles init, SemVersion? tagged, IReadOnlyList<SemVersion> later, string? ownFile)
    {
        var template = TagTemplate.Parse(TagTemplate.Default);
        var held = later.Append(tagged).OfType<SemVersion>()
            .Select(v => (Count: CandidateFinder.Count(init, v, template.TagFor(v), ownFile), Version: v))
            .Where(h => h.Count > 0)
            .ToList();
        return held.Count == 0 ? tagged : held.Max().Version;
    }

    // The version most version files at the root hold (the project's own manifests; deeper ones are
    // often examples and sub-packages at versions of their own), else most of all; a 0.0.0
    // placeholder only when nothing else is found; a tie goes to the latest release tag's version,
    // then to the highest.
    private static SemVersion? CurrentVersion(List<DetectedReference> found, SemVersion? tagged)
    {
        var versions = found.Select(f => (f.File, Version: VersionShape.VersionIn(f.CurrentValue)!)).ToList();
        var real = versions.Where(v => v.Version != Placeholder).ToList();
        var atRoot = real.Where(v => !v.File.Contains('/', StringComparison.Ordinal)).ToList();
        var pool = atRoot.Count > 0 ? atRoot : real.Count > 0 ? real : versions;
        return pool
            .GroupBy(v => v.Version)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key == tagged)
            .ThenByDescending(g => g.Key)
            .Select(g => g.Key)
            .FirstOrDefault();
    }
}
