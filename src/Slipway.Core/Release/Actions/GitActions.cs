namespace Slipway.Core.Release.Actions;

/// <summary>A branch created at a commit, and checked out when <see cref="Switch"/>.</summary>
public sealed record CreateBranch(string Name, string At, bool Switch) : ReleaseAction
{
    public override IReadOnlyList<string> Describe(Func<string, string> name) =>
        [Switch ? $"git switch --create {Name} {name(At)}" : $"git branch {Name} {name(At)}"];

    public override ActionData Data() => new("branch") { Branch = Name, Commit = At };
}

public sealed record SwitchBranch(string Name) : ReleaseAction
{
    public override IReadOnlyList<string> Describe(Func<string, string> name) => [$"git switch {Name}"];

    public override ActionData Data() => new("switch") { Branch = Name };
}

/// <summary>A merged branch of the release removed once it is done.</summary>
public sealed record DeleteBranch(string Name, string Was) : ReleaseAction
{
    public override IReadOnlyList<string> Describe(Func<string, string> name) => [$"git branch --delete {Name} (was {name(Was)}, merged)"];

    public override ActionData Data() => new("delete-branch") { Branch = Name, Commit = Was };
}

public sealed record FastForward(string Branch, string To) : ReleaseAction
{
    public override IReadOnlyList<string> Describe(Func<string, string> name) => [$"git merge --ff-only {name(To)} (on {Branch})"];

    public override ActionData Data() => new("fast-forward") { Branch = Branch, Commit = To };
}

public sealed record CherryPick(string Commit, string Subject) : ReleaseAction
{
    public override IReadOnlyList<string> Describe(Func<string, string> name) => [$"git cherry-pick -x {name(Commit)} ({Subject})"];

    public override ActionData Data() => new("cherry-pick") { Commit = Commit, Message = Subject };
}

/// <summary>A commit of every change in the work tree; <see cref="Id"/> is the commit made.</summary>
public sealed record CommitChanges(string Message, bool Signoff, IReadOnlyList<string> Files, string Id) : ReleaseAction
{
    public override IReadOnlyList<string> Describe(Func<string, string> name) =>
        [$"git commit{(Signoff ? " --signoff" : string.Empty)} ({Files.Count} file(s): {string.Join(", ", Files)}):", .. Message.TrimEnd().Split('\n').Select(l => "  " + l)];

    public override ActionData Data() => new("commit") { Message = Message, Signoff = Signoff, Paths = Files, Commit = Id };
}

public sealed record CreateTag(string Name, string Commit, string Message, bool Sign) : ReleaseAction
{
    public override IReadOnlyList<string> Describe(Func<string, string> name) =>
        [$"git tag {(Sign ? "--sign" : "--annotate")} {Name} on {name(Commit)}: \"{Message.TrimEnd()}\""];

    public override ActionData Data() => new("tag") { Tag = Name, Commit = Commit, Message = Message };
}

/// <summary>A ref pushed to the remote (a branch or a tag), pointing at <see cref="Pushed"/> (a commit, or a tag object).</summary>
public sealed record Push(string Remote, string Ref, string Pushed) : ReleaseAction
{
    public override IReadOnlyList<string> Describe(Func<string, string> name) => [$"git push {Remote} {Display(Ref)} ({name(Pushed)})"];

    public override ActionData Data() => new("push") { Remote = Remote, Ref = Ref, Commit = Pushed };

    private static string Display(string refName) =>
        refName.StartsWith("refs/heads/", StringComparison.Ordinal) ? refName["refs/heads/".Length..]
        : refName.StartsWith("refs/tags/", StringComparison.Ordinal) ? refName["refs/tags/".Length..] : refName;
}
