using Slipway.Core.Files;
using Slipway.Core.Planning;

namespace Slipway.Core.Release.Actions;

/// <summary>Values set in files (a bump, pins), all or nothing: each change, and the diff of each file.</summary>
public sealed record EditFiles(string What, IReadOnlyList<FileEdit> Edits, IReadOnlyList<ValueChange> Changes) : ReleaseAction
{
    public override IReadOnlyList<string> Describe(Func<string, string> name) =>
    [
        $"{What}: {Changes.Count} value(s) in {Edits.Count} file(s)",
        .. Changes.Select(c => $"  {c.Path}:{c.Line}:{c.Column}: {c.OldValue} → {c.NewValue}"),
    ];

    public override ActionData Data() => new("edit") { Paths = Edits.Select(e => e.Path).ToList(), Reason = What };

    public override IReadOnlyList<string> Diffs => Edits.Select(e => UnifiedDiff.Create(e.Path, e.OriginalText, e.NewText)).ToList();
}

/// <summary>A whole file written (the release notes); <see cref="OldText"/> is null when it is new.</summary>
public sealed record WriteFile(string Path, string? OldText, string NewText) : ReleaseAction
{
    public override IReadOnlyList<string> Describe(Func<string, string> name) => [$"write {Path}{(OldText is null ? string.Empty : " (replacing it)")}"];

    public override ActionData Data() => new("write") { Path = Path };

    public override IReadOnlyList<string> Diffs => [UnifiedDiff.Create(Path, OldText, NewText)];
}

/// <summary>A directory copied for the new version, with the previous version rewritten inside it.</summary>
public sealed record CopyDirectory(string From, string To, IReadOnlyList<string> Files, int Rewritten) : ReleaseAction
{
    public override IReadOnlyList<string> Describe(Func<string, string> name) =>
        [$"copy {From} to {To} ({Files.Count} file(s), {Rewritten} version(s) rewritten)"];

    public override ActionData Data() => new("copy") { Path = To, Paths = Files, Reason = From };
}

/// <summary>A command line of slipway.yaml run in the repository; the real run adds the files it changed.</summary>
public sealed record RunCommand(string Line, string? Expect) : ReleaseAction
{
    /// <summary>The files the command changed (the real run only: a dry run cannot know).</summary>
    public IReadOnlyList<string>? Changed { get; init; }

    public override IReadOnlyList<string> Describe(Func<string, string> name) => ["$ " + Line + (Expect is { } e ? $"   (output must contain '{e}')" : string.Empty)];

    public override ActionData Data() => new("run") { Command = Line, Expect = Expect, Changed = Changed };
}
