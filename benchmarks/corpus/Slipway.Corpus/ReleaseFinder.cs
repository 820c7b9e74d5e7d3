using Slipway.Core.Configuration;
using Slipway.Core.Files;
using Slipway.Core.Git;
using Slipway.Core.References;
using Slipway.Core.Versioning;

namespace Slipway.Corpus;

/// <summary>A release of the project: its tag, the previous release, and the commits that prepared it.</summary>
/// <remarks><c>OldVersions</c>: what the references held before (their majority), the previous release's and the nearest earlier tag's versions.</remarks>
internal sealed record Release(string Tag, SemVersion Version, string Previous, string NotesFrom, IReadOnlyList<SemVersion> OldVersions, string Before, string Prepared, EraManifest Era)
{
    public SemVersion OldVersion => OldVersions[0];
}

/// <summary>A tag that could not be replayed, and why.</summary>
internal sealed record Unreplayable(string Tag, string Reason);

/// <summary>
/// Finds a project's releases and the commits that prepared each: walking back the first-parent
/// line from the tag, <c>Prepared</c> is the commit after which the references of the era's
/// slipway.yaml (most of them) hold the release version, and <c>Before</c> the last commit at which none did
/// (a release prepared in several commits spans them all). The references are read with Slipway's
/// own reader from the commits' trees, so nothing is checked out to find them.
/// </summary>
internal sealed class ReleaseFinder(ProjectManifest project, GitRunner git)
{
    private readonly Dictionary<EraManifest, SlipwayConfig> _configs = [];

    public (List<Release> Releases, List<Unreplayable> Skipped) Find()
    {
        var releases = new List<Release>();
        var skipped = new List<Unreplayable>();
        foreach (var (tag, version, era) in Tags())
        {
            if (project.Skip.TryGetValue(tag, out var reason))
            {
                skipped.Add(new Unreplayable(tag, reason));
                continue;
            }

            try
            {
                releases.Add(Locate(tag, version, era));
            }
            catch (InvalidOperationException e)
            {
                skipped.Add(new Unreplayable(tag, e.Message));
            }
        }

        return (releases, skipped);
    }

    public SlipwayConfig Config(EraManifest era) => _configs.TryGetValue(era, out var config)
        ? config
        : _configs[era] = ConfigLoader.Load(Path.Combine(project.Directory, era.Config));

    private IEnumerable<(string Tag, SemVersion Version, EraManifest Era)> Tags()
    {
        var from = SemVersion.Parse(project.From);
        var found = new List<(string, SemVersion, EraManifest)>();
        foreach (var tag in git.Check("tag", "--list").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var era in project.Eras)
            {
                if (Config(era).Tag.VersionOf(tag) is { } version && version >= from && (project.PreReleases || !version.IsPreRelease) && project.EraFor(version) == era)
                {
                    found.Add((tag, version, era));
                }
            }
        }

        return found.OrderBy(f => f.Item2);
    }

    private Release Locate(string tag, SemVersion version, EraManifest era)
    {
        var config = Config(era);
        // A final release is prepared since the previous final one (its release candidates included).
        var previous = PreviousTag(tag + "^", config, finalOnly: !version.IsPreRelease) ?? throw new InvalidOperationException("no earlier release tag");
        var notesFrom = previous;
        if (Read(config, tag, version) is var atTag && !MostHold(atTag))
        {
            throw new InvalidOperationException("the tag does not hold the version in most references of " + era.Config + ": "
                + string.Join("; ", atTag.Failures.Take(3).Select(f => $"{f.Place} {f.Value ?? f.Note}")));
        }

        var touching = TouchingCommits(config, previous, tag);
        var prepared = touching.FindIndex(c => !MostHold(Read(config, c + "^", version)));
        if (prepared < 0)
        {
            throw new InvalidOperationException($"every reference already held {version} at {previous}");
        }

        // Earlier commits of the same preparation: go on back while some reference still holds the
        // release, but never to before another release of the range (kind's 0.30.0-alpha, tagged
        // on a merged branch, holds 0.30.0's core).
        var tagCommit = git.Check("rev-list", "-n1", tag).Trim();
        var inRange = git.Check("rev-list", $"{previous}..{tag}").Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var releasesBetween = TaggedCommits(config).Where(c => c != tagCommit && inRange.Contains(c)).ToList();
        var before = touching[prepared] + "^";
        for (var i = prepared + 1; i < touching.Count && Read(config, before, version).Rows.Any(r => r.Status == RowStatus.Ok); i++)
        {
            var earlier = touching[i] + "^";
            if (releasesBetween.Any(c => !git.Run("merge-base", "--is-ancestor", c, earlier).Succeeded))
            {
                break;
            }

            before = earlier;
        }

        // Later commits that set more references to the release finish the preparation
        // (argocd-operator prepares master, then the release branch).
        var last = prepared;
        for (var i = prepared - 1; i >= 0; i--)
        {
            if (Holding(Read(config, touching[i], version)) > Holding(Read(config, touching[i] + "^", version)))
            {
                last = i;
            }
        }

        var nearest = PreviousTag(tag + "^", config, finalOnly: false) ?? previous;
        var olds = new[] { OldVersion(config, before), config.Tag.VersionOf(previous), config.Tag.VersionOf(nearest) }.OfType<SemVersion>().Distinct().ToList();
        return new Release(tag, version, previous, notesFrom, olds, git.Check("rev-parse", before).Trim(), touching[last], era);
    }

    private HashSet<string> TaggedCommits(SlipwayConfig config) => git.Check("for-each-ref", "--format=%(refname:short)%00%(objectname)%00%(*objectname)", "refs/tags")
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => line.Split('\0'))
        .Where(fields => config.Tag.VersionOf(fields[0]) is not null)
        .Select(fields => fields[2].Length > 0 ? fields[2] : fields[1])
        .ToHashSet(StringComparer.Ordinal);

    private string? PreviousTag(string revision, SlipwayConfig config, bool finalOnly)
    {
        var excluded = new List<string>();
        while (true)
        {
            var arguments = new List<string> { "describe", "--tags", "--abbrev=0" };
            arguments.AddRange(excluded.Select(e => "--exclude=" + e));
            arguments.Add(revision);
            var result = git.Run([.. arguments], standardInput: null);
            if (!result.Succeeded)
            {
                return null;
            }

            var tag = result.Output.Trim();
            if (config.Tag.VersionOf(tag) is { } version && (!finalOnly || !version.IsPreRelease))
            {
                return tag;
            }

            excluded.Add(tag);
        }
    }

    // First-parent commits of the range that change a file some reference names, newest first.
    private List<string> TouchingCommits(SlipwayConfig config, string from, string to)
    {
        var globs = config.Versions.Select(r => r.Glob is { } g ? new Glob(g) : null).OfType<Glob>().ToList();
        var files = config.Versions.Select(r => r.File).OfType<string>().ToHashSet(StringComparer.Ordinal);
        // Names only: without --no-renames git reads both blobs of a changed file to find renames.
        var log = git.Check("-c", "core.quotePath=false", "log", "--first-parent", "--no-renames", "--format=%x00%H", "--name-only", $"{from}..{to}");
        return log.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Where(lines => lines.Skip(1).Any(path => files.Contains(path) || globs.Any(g => g.IsMatch(path))))
            .Select(lines => lines[0])
            .ToList();
    }

    // Most, not all: a release that forgot a file (a manifest added during the cycle) is still found,
    // and the file shows up as a line Slipway changed and the release did not.
    private static bool MostHold(ReferenceReport report)
    {
        var ok = report.Rows.Count(r => r.Status == RowStatus.Ok);
        return ok > report.Rows.Count(r => r.Status is RowStatus.Differs or RowStatus.Problem);
    }

    private static int Holding(ReferenceReport report) => report.Rows.Count(r => r.Status == RowStatus.Ok);

    private ReferenceReport Read(SlipwayConfig config, string commit, SemVersion version) =>
        ReferenceReport.Build(ReferenceReader.Read(config, new DocumentCache(new GitTreeFileSource(git, commit, string.Empty))), version);

    // The version most references implied before the release: a -dev or stale value counts as what it is.
    private SemVersion? OldVersion(SlipwayConfig config, string commit) => ReferenceReport.Build(ReferenceReader.Read(config, new DocumentCache(new GitTreeFileSource(git, commit, string.Empty))), null)
        .Rows.Select(r => SemVersion.TryParse(r.Implies, out var v) ? v : null)
        .OfType<SemVersion>()
        .GroupBy(v => v)
        .OrderByDescending(g => g.Count())
        .Select(g => g.Key)
        .FirstOrDefault();
}
