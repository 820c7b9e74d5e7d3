using Slipway.Core.Git;

namespace Slipway.Core.Release.Views;

/// <summary>
/// Makes the commits, cherry-picks and tags of a dry run with git's plumbing, into the quarantine:
/// real objects with real trees and parents that no ref points at, made the way the porcelain
/// commands of the real run make them.
/// </summary>
internal sealed class VirtualCommits(ObjectQuarantine quarantine)
{
    private GitRunner Git => quarantine.Git;

    /// <summary>A commit of <paramref name="tree"/> on <paramref name="parent"/>, signed off as 'git commit --signoff' does.</summary>
    public string Commit(string tree, string parent, string message, bool signoff)
    {
        var text = signoff
            ? Git.Run(["interpret-trailers", "--if-exists", "addIfDifferent", "--trailer", "Signed-off-by: " + Identity()], message).Output
            : message;
        return Create(Git, tree, [parent], text);
    }

    /// <summary>
    /// <paramref name="commit"/>'s change applied on <paramref name="head"/> with its author and
    /// message and the line -x adds; null with the conflicting paths when the change does not apply.
    /// </summary>
    public (string? Commit, IReadOnlyList<string> Conflicts) CherryPick(string head, string commit)
    {
        var index = quarantine.WithIndex("pick-index");
        index.Check("read-tree", head);
        var patch = Git.Check("diff-tree", "-p", "--binary", "--full-index", commit + "^", commit);
        var applied = index.Run(["apply", "--cached", "--3way", "--whitespace=nowarn"], patch);
        if (!applied.Succeeded)
        {
            var conflicts = index.Check("diff", "--cached", "--name-only", "--diff-filter=U").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return (null, conflicts.Length > 0 ? conflicts : [applied.Error.Trim()]);
        }

        var tree = index.Check("write-tree").Trim();
        var author = Git.Check("log", "-1", "--format=%an%x00%ae%x00%aD", commit).TrimEnd('\n').Split('\0');
        var message = Git.Check("log", "-1", "--format=%B", commit).TrimEnd() + $"\n\n(cherry picked from commit {commit})\n";
        var authored = Git.With(new Dictionary<string, string>
        {
            ["GIT_AUTHOR_NAME"] = author[0],
            ["GIT_AUTHOR_EMAIL"] = author[1],
            ["GIT_AUTHOR_DATE"] = author[2],
        });
        return (Create(authored, tree, [head], message), []);
    }

    /// <summary>An annotated tag object on <paramref name="commit"/>, tagged by the committer.</summary>
    public string Tag(string name, string commit, string message)
    {
        var tagger = Git.Check("var", "GIT_COMMITTER_IDENT").Trim();
        var made = Git.Run(["mktag"], $"object {commit}\ntype commit\ntag {name}\ntagger {tagger}\n\n{message.TrimEnd()}\n");
        return made.Succeeded ? made.Output.Trim() : throw GitRunner.Failure(made);
    }

    public string TreeOf(string commit) => Git.Check("rev-parse", commit + "^{tree}").Trim();

    private static string Create(GitRunner git, string tree, IReadOnlyList<string> parents, string message)
    {
        var arguments = new List<string> { "commit-tree", tree };
        foreach (var parent in parents)
        {
            arguments.AddRange(["-p", parent]);
        }

        var result = git.Run(arguments, message);
        return result.Succeeded ? result.Output.Trim() : throw GitRunner.Failure(result);
    }

    // "Name <email> 1700000000 +0000" without the time: who 'git commit --signoff' names.
    private string Identity()
    {
        var ident = Git.Check("var", "GIT_COMMITTER_IDENT").Trim();
        return ident[..(ident.LastIndexOf('>') + 1)];
    }
}
