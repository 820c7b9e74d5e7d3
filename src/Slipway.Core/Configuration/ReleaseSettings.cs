using Slipway.Core.Templates;

namespace Slipway.Core.Configuration;

/// <summary>How a release runs: branches, remote, commit and tag messages, and the extra steps of the procedure.</summary>
public sealed record ReleaseSettings
{
    public const string DefaultCommitMessage = "chore: prepare {tag} release\n\n{changes}";

    public static readonly ReleaseSettings Default = new();

    /// <summary>The release branch, a template: <c>release/v{version}</c>.</summary>
    public string Branch { get; init; } = "release/v{version}";

    /// <summary>The branch releases are made from and merged into.</summary>
    public string Base { get; init; } = "main";

    public string Remote { get; init; } = "origin";

    /// <summary>Add a Signed-off-by trailer to Slipway's commits (git commit -s).</summary>
    public bool Signoff { get; init; }

    /// <summary>The release commit's message; <c>{changes}</c> lists the edits, one line per file.</summary>
    public string CommitMessage { get; init; } = DefaultCommitMessage;

    /// <summary>The annotated tag's message.</summary>
    public string TagMessage { get; init; } = "Release {tag}";

    /// <summary>Sign the tag (git tag -s) instead of only annotating it.</summary>
    public bool SignTag { get; init; }

    /// <summary>The title of the release pull request Slipway opens on GitHub.</summary>
    public string PullRequestTitle { get; init; } = "Release {tag}";

    /// <summary>Its body, a template; null for the release notes.</summary>
    public string? PullRequestBody { get; init; }

    /// <summary>How long one run waits for the pull request to be merged before it stops (resume waits again).</summary>
    public TimeSpan PullRequestWait { get; init; } = TimeSpan.FromHours(2);

    /// <summary>
    /// How long the artifacts step polls for what CI publishes before it stops to wait for 'slipway
    /// resume'. Zero (the default) checks once: a run in CI should not hold a runner while another
    /// workflow builds images.
    /// </summary>
    public TimeSpan ArtifactsWait { get; init; } = TimeSpan.Zero;

    /// <summary>The branch a patch release works on, created from the tag it patches: <c>release-v{previous}-patch</c>.</summary>
    public string PatchBranch { get; init; } = "release-v{previous}-patch";

    /// <summary>How pins go back after the tag: through a branch and a checkpoint, or pushed to the base directly.</summary>
    public PostReleaseMode PostRelease { get; init; } = PostReleaseMode.Branch;

    /// <summary>The development version set on the base after a final release (<c>{next_minor}-dev</c>); null for none.</summary>
    public DevelopmentSetting? Development { get; init; }

    public IReadOnlyList<PinSetting> Pins { get; init; } = [];

    public IReadOnlyList<CopySetting> Copies { get; init; } = [];

    public IReadOnlyList<CommandSetting> AfterBump { get; init; } = [];

    public IReadOnlyList<CommandSetting> Checks { get; init; } = [];

    public IReadOnlyList<ManualStep> Steps { get; init; } = [];

    /// <summary>Profiles by name (rc, patch): the steps they skip.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Profiles { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

public enum PostReleaseMode
{
    /// <summary>A follow-up branch, pushed, and a checkpoint until it is merged.</summary>
    Branch,

    /// <summary>A follow-up commit pushed straight to the base branch.</summary>
    Push,
}

/// <summary>The next development version after a final release, and how it reaches the base (null: as post-release).</summary>
public sealed record DevelopmentSetting(ValueTemplate Version, PostReleaseMode? Mode);

/// <summary>A value set for the release and restored after it (bpfman's dispatcher image tags).</summary>
public sealed record PinSetting(Configuration.VersionReference Reference, ValueTemplate Release, ValueTemplate After);

/// <summary>A directory copied for the new version, rewriting the previous version inside it.</summary>
public sealed record CopySetting(ValueTemplate From, ValueTemplate To, string Label);

/// <summary>A command run by the release: a shell command line, what its output must contain, and how long it may take.</summary>
public sealed record CommandSetting(ValueTemplate Run, ValueTemplate? Expect, TimeSpan Timeout, string Label);

/// <summary>A step only a person can do: the run lists it and waits until <c>slipway done NAME</c>.</summary>
public sealed record ManualStep(string Name, ValueTemplate Text, string After);
