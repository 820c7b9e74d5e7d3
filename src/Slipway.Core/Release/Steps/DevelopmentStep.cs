using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Planning;
using Slipway.Core.References;
using Slipway.Core.Release.Journal;
using Slipway.Core.Templates;
using Slipway.Core.Versioning;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// After a final release, sets the references on the base branch to the next development version
/// (bpfman-operator's <c>VERSION ?= 0.7.0-dev</c> after 0.6.0), rendered from the configured
/// template, as a <see cref="FollowUpChange"/> by branch or straight push. Pre-releases and patch
/// releases leave the base's development version as it is.
/// </summary>
public sealed class DevelopmentStep : IReleaseStep
{
    public string Name => StepNames.Development;

    public static string BranchName(ReleaseJournal journal) => journal.Branch + "-development";

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => config.Release.Development is not null && journal.Kind == ReleaseKind.Final;

    public StepResult Run(ReleaseContext context)
    {
        var setting = context.Settings.Development!;
        var version = Version(context, setting);
        var tag = context.Journal.Tag;
        return new FollowUpChange(Name, BranchName(context.Journal), $"chore: begin {version} development after {tag}",
            $"sets the development version {version} after {tag}", setting.Mode ?? context.Settings.PostRelease,
            files => BumpPlanner.Plan(ReferenceReader.Read(context.Config, new DocumentCache(files)), version, context.DatedValue(version)),
            commit => context.Journal.Facts.DevelopmentCommit = commit).Run(context);
    }

    /// <summary>The development version after this release: the template rendered, a SemVer version newer than the release.</summary>
    public static SemVersion Version(ReleaseContext context, DevelopmentSetting setting)
    {
        var rendered = setting.Version.Render(Values(context.Values(), context.Version));
        if (!SemVersion.TryParse(rendered, out var version) || version <= context.Version)
        {
            throw new SlipwayException(Errors.DevelopmentVersionInvalid,
                $"release.development.version '{setting.Version.Source}' gives '{rendered}' for {context.Version}, which is not a SemVer version newer than it",
                "use the next version with a pre-release label, e.g. '{next_minor}-dev'");
        }

        return version;
    }

    /// <summary>The release's values with the versions that follow it: {next_major}, {next_minor}, {next_patch}.</summary>
    public static Dictionary<string, string> Values(Dictionary<string, string> values, SemVersion version)
    {
        values["next_major"] = new SemVersion(version.Major + 1, 0, 0).ToString();
        values["next_minor"] = new SemVersion(version.Major, version.Minor + 1, 0).ToString();
        values["next_patch"] = new SemVersion(version.Major, version.Minor, version.Patch + 1).ToString();
        return values;
    }
}
