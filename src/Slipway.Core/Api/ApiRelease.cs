using Slipway.Core.Api.Upgrades;
using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Forges;
using Slipway.Core.Git;
using Slipway.Core.Notes;
using Slipway.Core.Templates;
using Slipway.Core.Versioning;

namespace Slipway.Core.Api;

/// <summary>
/// What the CRD changes of a release mean for it: the gate's report from the last final release
/// before the version to the commit the release is made from, the smallest version they allow, the
/// refusal of a version below it, the notes' entries and the upgrade table's row. The release's api
/// and upgrade-table steps and every notes of the release (the file, the pull request, the GitHub
/// release, <c>slipway notes</c>) ask this one place, so they cannot disagree.
/// </summary>
public sealed class ApiRelease
{
    private readonly SlipwayConfig _config;

    // Where slipway.yaml is inside the repository ("" at the top, else "dir/").
    private readonly string _prefix;

    private ApiRelease(SlipwayConfig config, SemVersion version, ApiReport report, string prefix)
    {
        _config = config;
        _prefix = prefix;
        Version = version;
        Report = report;
        Previous = report.Range.From is { } from ? config.Tag.VersionOf(from) : null;
        Minimum = MinimumBump.For(report.Findings, Previous, config.Api!.Bump);
    }

    public SemVersion Version { get; }

    public ApiReport Report { get; }

    /// <summary>The release compared with (the last final release before the version); null for a first release.</summary>
    public SemVersion? Previous { get; }

    public ApiBump Minimum { get; }

    /// <summary>The gate's view of releasing <paramref name="commit"/> as <paramref name="version"/>; null without an <c>api:</c> section.</summary>
    /// <param name="git">Reads git's objects only, so the dry run's repository view serves as well as the real one.</param>
    public static ApiRelease? For(SlipwayConfig config, GitRunner git, SemVersion version, string commit) =>
        config.Api is null ? null : new ApiRelease(config, version, new ApiGate(git, config).Compare(null, commit, version), new GitReader(git).Prefix());

    /// <summary>
    /// Why the version may not be released with these CRDs: lower than the changes require (SW114),
    /// or changes the gate cannot judge or CRDs that look stale, when configured as errors (SW113,
    /// SW111). Breaking changes themselves do not refuse a release: they raise the version it needs.
    /// </summary>
    public SlipwayException? Refusal =>
        (Previous is null ? null : MinimumBump.Refusal(Minimum, Previous, Version)) ?? ApiVerdict.Of(Report, release: true);

    /// <summary>
    /// The version to release instead when <see cref="Version"/> is below what the CRD changes
    /// require (the version <see cref="Refusal"/> would refuse with SW114), and why; null when it is enough.
    /// </summary>
    public VersionFloor? Floor => Previous is null || MinimumBump.Allows(Minimum, Previous, Version)
        ? null
        : new VersionFloor(MinimumBump.Smallest(Minimum, Previous), Minimum.Level.Name(), Minimum.Reason, MinimumBump.Details(Minimum));

    /// <summary>One line for the step's report: what changed since the previous release and the version that needs.</summary>
    public string Summary
    {
        get
        {
            var since = Report.Range.From ?? "the first commit";
            if (!Report.CrdsChanged)
            {
                return $"no CRD change since {since}";
            }

            var visible = Report.Visible.ToList();
            var breaking = visible.Count(f => f.Class == FindingClass.Breaking);
            var smallest = Previous is null ? string.Empty : $"; {Minimum.Reason}, {Version} is enough";
            return $"{visible.Count} CRD change(s) since {since}, {breaking} breaking{smallest}";
        }
    }

    /// <summary>The notes' entries: the CRD changes under Breaking Changes or New Features, with the helm-upgrade reminder and the link to the upgrade procedure.</summary>
    /// <param name="forge">The forge repository, for the default link to the history file at the release's tag.</param>
    public IReadOnlyList<NoticeModel> Notices(ForgeRepository? forge)
    {
        var settings = _config.Api!;
        var tag = _config.Tag.TagFor(Version);
        var link = settings.UpgradeDocs is { } template
            ? ValueTemplate.Parse(template, Placeholders.Notes).Render(NotesPlaceholders.For(new ReleaseRange(Version, tag, Report.Range.From, Report.Range.To, Previous, Report.Range.From, []), forge))
            : settings.History is { } history ? ApiNotes.UpgradeDocs(_prefix + history, forge?.Url, tag) : null;
        return ApiNotes.Entries(Report, link).Select(e => new NoticeModel(e.Section, e.Title, e.Text)).ToList();
    }

    /// <summary>The notes' entries for a notes range (its version, released from its end); none without an <c>api:</c> section.</summary>
    public static Func<ReleaseRange, IReadOnlyList<NoticeModel>> NoticesFor(SlipwayConfig config, GitRunner git, ForgeRepository? forge) =>
        range => For(config, git, range.Version, range.To)?.Notices(forge) ?? [];

    /// <summary>The row this release adds to the upgrade table: Yes and what changed, or No.</summary>
    public UpgradeRowValues Row => new(Version, _config.Tag.TagFor(Version), Report.CrdsChanged,
        Report.CrdsChanged ? ChangeSummary.Describe(Report.Changes) : "No CRD changes");
}
