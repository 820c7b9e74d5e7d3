namespace Slipway.Core.Release.Actions;

/// <summary>The release pull (or merge) request opened on the forge.</summary>
public sealed record OpenPullRequest(string Repository, string Title, string Head, string Base, string Body) : ReleaseAction
{
    public override IReadOnlyList<string> Describe(Func<string, string> name) => [$"open the pull request \"{Title}\" from {Head} into {Base} on {Repository}"];

    public override ActionData Data() => new("open-pull-request") { Title = Title, Head = Head, Base = Base, Body = Body };
}

/// <summary>The forge release of a tag, created or (a draft CI left, or an earlier one) updated with the notes.</summary>
public sealed record PublishRelease(string Forge, string Repository, string Tag, string Name, string Body, bool PreRelease, bool Update) : ReleaseAction
{
    public override IReadOnlyList<string> Describe(Func<string, string> name) =>
        [$"{(Update ? "update" : "create")} the {Forge} release {Tag} of {Repository} with the release notes{(PreRelease ? ", marked pre-release" : string.Empty)}"];

    public override ActionData Data() => new(Update ? "update-release" : "create-release") { Tag = Tag, Title = Name, Body = Body, PreRelease = PreRelease };
}

/// <summary>Published artifacts checked in their registries (CI builds them from the pushed tag): "image REF (platforms)", "chart REF", "url REF".</summary>
public sealed record CheckArtifacts(IReadOnlyList<string> Artifacts, TimeSpan Wait) : ReleaseAction
{
    public static CheckArtifacts For(IReadOnlyList<Registries.ArtifactCheck> checks, TimeSpan wait) => new(checks
        .Select(c => $"{c.Kind.ToString().ToLowerInvariant()} {c.Reference}{(c.Platforms.Count > 0 ? $" ({string.Join(", ", c.Platforms)})" : string.Empty)}")
        .ToList(), wait);

    public override IReadOnlyList<string> Describe(Func<string, string> name) =>
    [
        Wait > TimeSpan.Zero
            ? $"check {Artifacts.Count} artifact(s), polling for up to {Wait.TotalMinutes:0.#} min until CI has published them"
            : $"check {Artifacts.Count} artifact(s) once; wait for 'slipway resume' if CI has not published them yet",
        .. Artifacts.Select(a => "  check " + a),
    ];

    public override ActionData Data() => new("check-artifacts") { Paths = Artifacts };
}

/// <summary>Where the release stops until something outside Slipway happens (a merge, a person, CI).</summary>
public sealed record Wait(string Reason) : ReleaseAction
{
    public override IReadOnlyList<string> Describe(Func<string, string> name) => [Reason];

    public override ActionData Data() => new("wait") { Reason = Reason };
}
