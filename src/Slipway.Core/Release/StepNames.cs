namespace Slipway.Core.Release;

/// <summary>The steps of a release, in order. Their names appear in the journal, in status, in profiles' skip lists and in manual steps' positions.</summary>
public static class StepNames
{
    public const string Preflight = "preflight";
    public const string Branch = "branch";
    public const string CherryPick = "cherry-pick";
    public const string Bump = "bump";
    public const string Pins = "pins";
    public const string Copies = "copies";
    public const string AfterBump = "after-bump";
    public const string Notes = "notes";
    public const string Checks = "checks";
    public const string Commit = "commit";
    public const string Push = "push";
    public const string PullRequest = "pull-request";
    public const string Tag = "tag";
    public const string PushTag = "push-tag";
    public const string Artifacts = "artifacts";
    public const string Publish = "publish";
    public const string PostRelease = "post-release";

    public static IReadOnlyList<string> All { get; } =
        [Preflight, Branch, CherryPick, Bump, Pins, Copies, AfterBump, Notes, Checks, Commit, Push, PullRequest, Tag, PushTag, Artifacts, Publish, PostRelease];

    /// <summary>Steps a profile may skip: the ones a lighter process can do without.</summary>
    public static IReadOnlyList<string> Skippable { get; } = [Pins, Copies, AfterBump, Notes, Checks, Artifacts, Publish, PostRelease];
}
