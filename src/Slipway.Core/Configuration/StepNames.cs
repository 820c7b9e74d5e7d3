namespace Slipway.Core.Configuration;

/// <summary>
/// The names of the built-in steps of a release, as the configuration names them (a manual step's
/// <c>after</c>, a profile's <c>skip</c>) and as the journal and status show them. The steps
/// themselves, and their order, are Release/Steps/StepCatalog; a test keeps the two in step.
/// </summary>
public static class StepNames
{
    public const string Preflight = "preflight";
    public const string Api = "api";
    public const string Branch = "branch";
    public const string CherryPick = "cherry-pick";
    public const string Bump = "bump";
    public const string Follow = "follow";
    public const string Pins = "pins";
    public const string Copies = "copies";
    public const string AfterBump = "after-bump";
    public const string Notes = "notes";
    public const string UpgradeTable = "upgrade-table";
    public const string Checks = "checks";
    public const string Commit = "commit";
    public const string Push = "push";
    public const string PullRequest = "pull-request";
    public const string Tag = "tag";
    public const string PushTag = "push-tag";
    public const string Artifacts = "artifacts";
    public const string Publish = "publish";
    public const string PostRelease = "post-release";
    public const string Development = "development";

    public static IReadOnlyList<string> All { get; } =
        [Preflight, Api, Branch, CherryPick, Bump, Follow, Pins, Copies, AfterBump, Notes, UpgradeTable, Checks, Commit, Push, PullRequest, Tag, PushTag, Artifacts, Publish, PostRelease, Development];
}
