namespace Slipway.Core.Git;

/// <summary>
/// Read-only questions to a repository, each answered by one git call. Every value that could begin
/// with '-' follows --end-of-options, so git never reads a name or revision as an option.
/// </summary>
public sealed class GitReader(GitRunner git)
{
    public GitRunner Runner => git;

    public bool IsRepository() => git.Run("rev-parse", "--git-dir").Succeeded;

    /// <summary>
    /// Every tag, a line each: its name, the object it points at, and for an annotated tag the object
    /// it peels to, then the types of those two objects (a tag may name a tree or a blob), NUL-separated.
    /// </summary>
    public string TagListing() => git.Check("for-each-ref", "--format=%(refname:short)%00%(objectname)%00%(*objectname)%00%(objecttype)%00%(*objecttype)", "refs/tags");

    /// <summary>The tags (named as <see cref="TagListing"/> names them) whose commit <paramref name="revision"/> reaches: one walk of its history.</summary>
    public IReadOnlySet<string> TagsReachedFrom(string revision) =>
        git.Check("for-each-ref", $"--merged={revision}", "--format=%(refname:short)", "refs/tags").Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>When a commit was made (its committer date).</summary>
    public DateTimeOffset CommitTime(string commit) =>
        DateTimeOffset.FromUnixTimeSeconds(long.Parse(git.Check("log", "-1", "--format=%ct", "--end-of-options", commit, "--").Trim(), System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The URL of a remote, or null when there is no such remote.</summary>
    public string? RemoteUrl(string remote) => git.Run("remote", "get-url", "--end-of-options", remote) is { Succeeded: true } result ? result.Output.Trim() : null;

    /// <summary>Every tag name in the repository.</summary>
    public IReadOnlyList<string> Tags() =>
        git.Check("tag", "--list").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The tracked files of the work tree, relative to <paramref name="pathspec"/>'s repository, '/'-separated.</summary>
    public IReadOnlyList<string> TrackedFiles(string pathspec = ".") =>
        git.Check("ls-files", "-z", "--", pathspec).Split('\0', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The files at a commit, '/'-separated, relative to the repository root.</summary>
    public IReadOnlyList<string> FilesAt(string commit) =>
        git.Check("ls-tree", "-r", "-z", "--name-only", "--full-tree", "--end-of-options", commit).Split('\0', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The blobs of a commit's tree below <paramref name="directories"/> (the whole tree when none is
    /// given), with paths from the repository root. Directories are taken literally, never as patterns.
    /// </summary>
    public IReadOnlyList<TreeBlob> BlobsAt(string commit, IReadOnlyCollection<string> directories)
    {
        // No "--" after the commit: past --end-of-options ls-tree takes it as a path, and with no directory
        // given that path matched nothing, so the whole tree was listed as empty.
        var output = git.Check(["--literal-pathspecs", "ls-tree", "-r", "-z", "--full-tree", "--end-of-options", commit, .. directories]);
        var blobs = new List<TreeBlob>();
        foreach (var entry in output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> <type> <object>\t<path>"; submodules (type commit) hold no files of this repository.
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            var fields = entry[..tab].Split(' ');
            if (fields[1] == "blob")
            {
                blobs.Add(new TreeBlob(entry[(tab + 1)..], fields[2], fields[0]));
            }
        }

        return blobs;
    }

    /// <summary>The contents of blobs, by object id, read by a single git cat-file --batch.</summary>
    /// <exception cref="Diagnostics.SlipwayException">SW305 when git fails or an object is missing.</exception>
    public IReadOnlyDictionary<string, byte[]> ReadBlobs(IReadOnlyCollection<string> objectIds)
    {
        if (objectIds.Count == 0)
        {
            return new Dictionary<string, byte[]>();
        }

        Dictionary<string, byte[]>? blobs = null;
        try
        {
            git.Stream(["cat-file", "--batch", "--buffer"], input => BlobBatch.WriteRequests(input, objectIds), output => blobs = BlobBatch.ReadAnswers(output, objectIds.Count));
        }
        catch (InvalidDataException e)
        {
            throw new Diagnostics.SlipwayException(Diagnostics.Errors.GitFailed, $"git cat-file --batch failed: {e.Message}");
        }

        return blobs!;
    }

    /// <summary>The commit id a revision names, or null when it names none.</summary>
    public string? Resolve(string revision)
    {
        var result = git.Run("rev-parse", "--quiet", "--verify", "--end-of-options", revision + "^{commit}");
        return result.Succeeded ? result.Output.Trim() : null;
    }

    /// <summary>The checked-out branch, or null on a detached HEAD.</summary>
    public string? CurrentBranch()
    {
        var result = git.Run("symbolic-ref", "--quiet", "--short", "HEAD");
        return result.Succeeded ? result.Output.Trim() : null;
    }

    /// <summary>Uncommitted changes and untracked (not ignored) files, as git status --porcelain lines.</summary>
    public IReadOnlyList<string> Changes() =>
        git.Check("status", "--porcelain", "--untracked-files=all").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The paths, relative to the repository root, that differ from HEAD in the index or the work tree,
    /// untracked ones included: both names of a rename. Read with -z, so no name is quoted or split.
    /// </summary>
    public IReadOnlyList<string> ChangedPaths()
    {
        var fields = git.Check("status", "--porcelain=v1", "-z", "--untracked-files=all").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        var paths = new List<string>();
        for (var i = 0; i < fields.Length; i++)
        {
            paths.Add(fields[i][3..]);
            if (fields[i][0] is 'R' or 'C')
            {
                paths.Add(fields[++i]); // a rename's or copy's source follows as a field of its own
            }
        }

        return paths.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The paths staged for the next commit, relative to the repository root.</summary>
    public IReadOnlyList<string> StagedFiles() =>
        git.Check("diff", "--cached", "--name-only", "-z").Split('\0', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether a cherry-pick stopped half-way (CHERRY_PICK_HEAD exists).</summary>
    public bool CherryPickInProgress() => Resolve("CHERRY_PICK_HEAD") is not null;

    /// <summary>Files with unresolved conflicts.</summary>
    public IReadOnlyList<string> Conflicts() =>
        git.Check("diff", "--name-only", "--diff-filter=U").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public bool IsAncestor(string ancestor, string descendant) =>
        git.Run("merge-base", "--is-ancestor", "--end-of-options", ancestor, descendant).Succeeded;

    public bool BranchExists(string branch) => Resolve("refs/heads/" + branch) is not null;

    /// <summary>The object a local tag points at (the tag object for an annotated tag), or null.</summary>
    public string? LocalTag(string tag)
    {
        var result = git.Run("rev-parse", "--quiet", "--verify", "--end-of-options", "refs/tags/" + tag);
        return result.Succeeded ? result.Output.Trim() : null;
    }

    /// <summary>The object a ref points at on the remote (ls-remote), or null; throws SW401 when the remote cannot be reached.</summary>
    public string? RemoteRef(string remote, string refName)
    {
        var result = git.Run("ls-remote", "--exit-code", "--end-of-options", remote, refName);
        if (result.ExitCode == 2)
        {
            return null; // --exit-code: the remote answered, and has no such ref
        }

        if (GitRunner.IsOutsideRepository(result))
        {
            throw GitRunner.Failure(result);
        }

        if (!result.Succeeded)
        {
            throw new Diagnostics.SlipwayException(Diagnostics.Errors.RemoteUnreachable, $"the remote '{remote}' cannot be reached: {result.Error.Trim()}");
        }

        return result.Output.Split('\t')[0].Trim();
    }

    /// <summary>Commits of <paramref name="range"/> (git rev-list syntax, e.g. A..B), newest first, with rev-list's <paramref name="options"/>.</summary>
    public IReadOnlyList<string> Commits(string range, params string[] options) =>
        git.Check(["rev-list", .. options, "--end-of-options", range, "--"]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The commits of from..to, oldest first; only the first-parent line when <paramref name="firstParent"/>.</summary>
    public IReadOnlyList<string> Commits(string from, string to, bool firstParent) => firstParent
        ? Commits($"{from}..{to}", "--first-parent", "--reverse")
        : Commits($"{from}..{to}", "--reverse");

    /// <summary>Where the current directory is inside the repository ("" at the root, else "dir/").</summary>
    public string Prefix() => git.Check("rev-parse", "--show-prefix").Trim();

    public string Subject(string commit) => git.Check("log", "-1", "--format=%s", "--end-of-options", commit, "--").Trim();

    /// <summary>The full message of a commit.</summary>
    public string Message(string commit) => git.Check("log", "-1", "--format=%B", "--end-of-options", commit, "--");
}
