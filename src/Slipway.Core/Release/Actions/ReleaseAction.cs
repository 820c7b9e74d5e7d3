namespace Slipway.Core.Release.Actions;

/// <summary>
/// One thing a release does to the repository, its remote or the forge (an edit, a command, a commit,
/// a ref, a push, a request, a wait). Both views record them, as the step does them: the real run
/// (what it did) and the dry run (what the real run would do), so the two can be compared. Each
/// action describes itself, for people and for --json.
/// </summary>
public abstract record ReleaseAction
{
    /// <summary>What it does for people: a summary line, then details (a message, the values changed).</summary>
    /// <param name="name">How to show a commit or tag id: its 7 digits (<see cref="Abbreviated"/>), or what a dry run calls one it made up.</param>
    public abstract IReadOnlyList<string> Describe(Func<string, string> name);

    /// <summary>What it does, with ids shown as git shows them.</summary>
    public IReadOnlyList<string> Describe() => Describe(Abbreviated);

    /// <summary>Its fields for --json, and for comparing a dry run with the real run.</summary>
    public abstract ActionData Data();

    /// <summary>Unified diffs of the files it writes, when it writes files.</summary>
    public virtual IReadOnlyList<string> Diffs => [];

    /// <summary>The first 7 digits of a commit id, as git prints it.</summary>
    public static string Abbreviated(string id) => id.Length > 7 ? id[..7] : id;
}

/// <summary>An action's fields, flat: the ones that do not apply to its kind are null.</summary>
public sealed record ActionData(string Kind)
{
    public string? Path { get; init; }

    public IReadOnlyList<string>? Paths { get; init; }

    public string? Command { get; init; }

    public string? Expect { get; init; }

    public IReadOnlyList<string>? Changed { get; init; }

    public string? Branch { get; init; }

    public string? Tag { get; init; }

    public string? Commit { get; init; }

    public string? Message { get; init; }

    public bool? Signoff { get; init; }

    public string? Remote { get; init; }

    public string? Ref { get; init; }

    public string? Title { get; init; }

    public string? Head { get; init; }

    public string? Base { get; init; }

    public string? Body { get; init; }

    public bool? PreRelease { get; init; }

    public string? Reason { get; init; }
}
