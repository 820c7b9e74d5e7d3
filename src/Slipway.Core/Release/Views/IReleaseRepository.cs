using Slipway.Core.Files;
using Slipway.Core.Git;
using Slipway.Core.Release.Actions;

namespace Slipway.Core.Release.Views;

/// <summary>
/// Everything a release step reads from and does to the repository, its remote and its files. Two
/// views implement it: <see cref="LiveRepository"/> (the real one) and <see cref="RecordingRepository"/>,
/// which reads the real repository and records every change instead of making it (--dry-run). Each
/// change is reported as a <see cref="ReleaseAction"/>. What lies outside the repository (commands,
/// registries, people) is the <see cref="IReleaseWorld"/>.
/// </summary>
public interface IReleaseRepository
{
    /// <summary>git for reading history by commit id (the notes); a dry run's sees the commits it made up as well.</summary>
    GitRunner History { get; }

    /// <summary>Where the configuration's directory is inside the repository: "" at the root, else "dir/".</summary>
    string Prefix { get; }

    /// <summary>The commit a revision names, or null: refs/heads/…, refs/tags/…, HEAD, REMOTE/BRANCH, an id.</summary>
    string? Resolve(string revision);

    /// <summary>The checked-out branch, or null on a detached HEAD.</summary>
    string? CurrentBranch();

    /// <summary>The object a local tag points at (the tag object of an annotated tag), or null.</summary>
    string? TagObject(string tag);

    /// <summary>The object a ref points at on the remote, or null.</summary>
    string? RemoteRef(string remote, string refName);

    IReadOnlyList<string> Tags();

    bool IsAncestor(string ancestor, string descendant);

    /// <summary>The commits of since..until (git rev-list), oldest first; only the first-parent line when <paramref name="firstParent"/>.</summary>
    IReadOnlyList<string> Commits(string since, string until, bool firstParent);

    string Subject(string commit);

    string Message(string commit);

    /// <summary>Uncommitted changes, one line each (git status --porcelain).</summary>
    IReadOnlyList<string> Changes();

    /// <summary>The paths with uncommitted changes, untracked ones included, relative to the repository root.</summary>
    IReadOnlyList<string> ChangedPaths();

    /// <summary>The files as the next commit would hold them, relative to the configuration's directory.</summary>
    IFileSource WorkTree { get; }

    /// <summary>The files of a commit, relative to the configuration's directory.</summary>
    IFileSource Tree(string commit);

    bool DirectoryExists(string relativePath);

    bool CherryPickInProgress();

    IReadOnlyList<string> Conflicts();

    /// <summary>Updates the remote-tracking refs (a read of the remote: the dry run does it too).</summary>
    void Fetch(string remote, params string[] branches);

    void EditFiles(EditFiles edits);

    void WriteFile(WriteFile file);

    /// <summary>Copies a directory of the work tree to a new one, with the previous version rewritten (see <see cref="VersionRewrite"/>); what was copied.</summary>
    CopyDirectory CopyDirectory(string source, string target, VersionRewrite rewrite);

    void CreateBranch(string name, string at, bool switchTo);

    void Switch(string branch);

    /// <summary>Deletes a branch of the release once it is merged.</summary>
    void DeleteBranch(string name);

    /// <summary>Moves the current branch forward to <paramref name="commit"/>.</summary>
    void FastForward(string commit);

    /// <summary>Cherry-picks with -x; false when it stops on a conflict.</summary>
    bool CherryPick(string commit);

    void ContinueCherryPick();

    /// <summary>Stages the changes of <paramref name="paths"/> (relative to the repository root) and returns those staged.</summary>
    IReadOnlyList<string> Stage(IReadOnlyList<string> paths);

    /// <summary>Commits <paramref name="files"/> as staged, and nothing else (another change, staged or not, stays as it is); the new commit.</summary>
    string Commit(string message, bool signoff, IReadOnlyList<string> files);

    void Tag(string tag, string commit, string message, bool sign);

    /// <summary>Pushes a local ref (refs/heads/… or refs/tags/…) to the same name on the remote.</summary>
    void Push(string remote, string refName);
}

/// <summary>Whole-token occurrences of the previous version (bare and as a tag) rewritten to the new one in copied files.</summary>
public sealed record VersionRewrite(string OldBare, string OldTag, string NewBare, string NewTag);
