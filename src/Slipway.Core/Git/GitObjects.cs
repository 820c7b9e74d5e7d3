namespace Slipway.Core.Git;

/// <summary>
/// git's plumbing for objects that no ref points at: blobs, trees built in an index of one's own,
/// commits, a commit's change applied elsewhere, annotated tags. It never moves a ref or touches the
/// work tree or the repository's index. A dry run makes its commits with it, in a quarantine (see
/// <see cref="Quarantined"/>) so that nothing it makes stays in the repository. Ids follow
/// --end-of-options, as everywhere in Git/.
/// </summary>
public sealed class GitObjects(GitRunner git)
{
    /// <summary>The repository's object directory, absolute.</summary>
    public string ObjectDirectory() => git.Check("rev-parse", "--path-format=absolute", "--git-path", "objects").Trim();

    /// <summary>These objects with new ones written to <paramref name="directory"/>, the repository's read through it as an alternate.</summary>
    public GitObjects Quarantined(string directory) => new(git.With(new Dictionary<string, string>
    {
        ["GIT_OBJECT_DIRECTORY"] = directory,
        ["GIT_ALTERNATE_OBJECT_DIRECTORIES"] = ObjectDirectory(),
    }));

    /// <summary>git as these objects see it: history questions about the commits made here are answered too.</summary>
    public GitRunner Runner => git;

    /// <summary>Stores a file as 'git add' would store it at <paramref name="path"/> (its filters applied); the blob's id.</summary>
    public string WriteBlob(string path, string file) => git.Check("hash-object", "-w", "--path=" + path, "--", file).Trim();

    /// <summary>The mode of a path in a commit's tree ("100755" for an executable), or null when it has none.</summary>
    public string? ModeOf(string commit, string path) =>
        git.Run("ls-tree", "--end-of-options", commit, "--", path).Output.Split(' ', 2) is [{ Length: 6 } mode, _] ? mode : null;

    /// <summary>A tree: <paramref name="commit"/>'s with <paramref name="files"/> (path, mode, blob) put in, built in the index file <paramref name="index"/>.</summary>
    public string WriteTree(string index, string commit, IEnumerable<(string Path, string Mode, string Blob)> files)
    {
        var indexed = WithIndex(index);
        indexed.Check("read-tree", "--end-of-options", commit);
        foreach (var (path, mode, blob) in files)
        {
            indexed.Check("update-index", "--add", "--cacheinfo", $"{mode},{blob},{path}");
        }

        return indexed.Check("write-tree").Trim();
    }

    /// <summary>
    /// The tree of <paramref name="commit"/>'s change applied on <paramref name="onto"/> with a three-way
    /// merge, as cherry-pick applies it; or null and the paths that conflict.
    /// </summary>
    public (string? Tree, IReadOnlyList<string> Conflicts) ApplyChange(string index, string onto, string commit)
    {
        var indexed = WithIndex(index);
        indexed.Check("read-tree", "--end-of-options", onto);
        var patch = git.Check("diff-tree", "-p", "--binary", "--full-index", "--end-of-options", commit + "^", commit, "--");
        var applied = indexed.Run(["apply", "--cached", "--3way", "--whitespace=nowarn"], patch);
        if (applied.Succeeded)
        {
            return (indexed.Check("write-tree").Trim(), []);
        }

        var conflicts = indexed.Check("diff", "--cached", "--name-only", "--diff-filter=U").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (null, conflicts.Length > 0 ? conflicts : [applied.Error.Trim()]);
    }

    /// <summary>A commit of <paramref name="tree"/> on <paramref name="parents"/>; <paramref name="author"/> (name, email, date) keeps another's authorship.</summary>
    public string CommitTree(string tree, IReadOnlyList<string> parents, string message, (string Name, string Email, string Date)? author = null)
    {
        var arguments = new List<string> { "commit-tree", tree };
        foreach (var parent in parents)
        {
            arguments.AddRange(["-p", parent]);
        }

        var runner = author is { } a
            ? git.With(new Dictionary<string, string> { ["GIT_AUTHOR_NAME"] = a.Name, ["GIT_AUTHOR_EMAIL"] = a.Email, ["GIT_AUTHOR_DATE"] = a.Date })
            : git;
        var result = runner.Run(arguments, message);
        return result.Succeeded ? result.Output.Trim() : throw GitRunner.Failure(result);
    }

    /// <summary>A commit's author: name, email and date as git writes it.</summary>
    public (string Name, string Email, string Date) AuthorOf(string commit)
    {
        var fields = git.Check("log", "-1", "--format=%an%x00%ae%x00%aD", "--end-of-options", commit, "--").TrimEnd('\n').Split('\0');
        return (fields[0], fields[1], fields[2]);
    }

    /// <summary>An annotated tag object on <paramref name="commit"/>, tagged by the committer.</summary>
    public string MakeTag(string name, string commit, string message)
    {
        var made = git.Run(["mktag"], $"object {commit}\ntype commit\ntag {name}\ntagger {CommitterIdent()}\n\n{message.TrimEnd()}\n");
        return made.Succeeded ? made.Output.Trim() : throw GitRunner.Failure(made);
    }

    /// <summary>The message with a Signed-off-by trailer of the committer, as 'git commit --signoff' adds it.</summary>
    public string SignOff(string message)
    {
        var ident = CommitterIdent();
        var result = git.Run(["interpret-trailers", "--if-exists", "addIfDifferent", "--trailer", "Signed-off-by: " + ident[..(ident.LastIndexOf('>') + 1)]], message);
        return result.Succeeded ? result.Output : throw GitRunner.Failure(result);
    }

    // "Name <email> 1700000000 +0000": who commits and tags here.
    private string CommitterIdent() => git.Check("var", "GIT_COMMITTER_IDENT").Trim();

    private GitRunner WithIndex(string index) => git.With(new Dictionary<string, string> { ["GIT_INDEX_FILE"] = index });
}
