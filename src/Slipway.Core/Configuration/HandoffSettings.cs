using Slipway.Core.Templates;

namespace Slipway.Core.Configuration;

/// <summary>
/// After a repository's release, files copied from it into another repository (a local clone of a
/// fork), committed on a branch, pushed to the fork and proposed to the target repository by a pull
/// request: bpfman-operator's bundle going to community-operators.
/// </summary>
public sealed record HandoffSettings
{
    /// <summary>The placeholders a hand-off's templates may use.</summary>
    public static readonly IReadOnlySet<string> TemplatePlaceholders = new HashSet<string>(Placeholders.Version, StringComparer.Ordinal) { "tag" };

    public required string Name { get; init; }

    /// <summary>The workspace repository whose release the hand-off follows.</summary>
    public required NameReference From { get; init; }

    public required HandoffTarget Target { get; init; }

    /// <summary>The branch created in the target clone and pushed to its remote.</summary>
    public required ValueTemplate Branch { get; init; }

    public required IReadOnlyList<HandoffCopy> Copies { get; init; }

    public required ValueTemplate CommitMessage { get; init; }

    public bool Signoff { get; init; }

    public required ValueTemplate PullRequestTitle { get; init; }

    /// <summary>The pull request's body; null for the commit message's body.</summary>
    public ValueTemplate? PullRequestBody { get; init; }

    public required SourcePosition Position { get; init; }
}

/// <summary>Where a hand-off goes: the clone it commits in, the remote it pushes to, and the repository the pull request is opened against.</summary>
public sealed record HandoffTarget
{
    /// <summary>The clone's directory as written in the workspace file.</summary>
    public required string Path { get; init; }

    public required string FullPath { get; init; }

    /// <summary>The fork's remote in the clone, where the branch is pushed.</summary>
    public string Remote { get; init; } = "origin";

    /// <summary>The repository the pull request is opened against, <c>owner/name</c>.</summary>
    public required string Repository { get; init; }

    /// <summary>The target repository's branch the pull request merges into.</summary>
    public string Base { get; init; } = "main";
}

/// <summary>
/// One copy of a hand-off, both sides templates. A source ending in <c>/</c> is a directory whose
/// content is copied into the destination directory; otherwise a single file is copied, into the
/// destination directory when it ends in <c>/</c>, or as the destination file.
/// </summary>
public sealed record HandoffCopy(ValueTemplate From, ValueTemplate To, string Label)
{
    public bool IsDirectory => From.Source.EndsWith('/');
}
