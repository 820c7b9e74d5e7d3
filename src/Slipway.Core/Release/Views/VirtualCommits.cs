namespace Slipway.Core.Release.Views;

/// <summary>
/// Makes the commits, cherry-picks and tags of a dry run as the porcelain of the real run makes them
/// (a sign-off, -x's line, the original author of a pick), into the quarantine: real objects with real
/// trees and parents that no ref points at.
/// </summary>
internal sealed class VirtualCommits(ObjectQuarantine quarantine)
{
    public string Commit(string tree, string parent, string message, bool signoff) =>
        quarantine.Objects.CommitTree(tree, [parent], signoff ? quarantine.Objects.SignOff(message) : message);

    /// <summary><paramref name="commit"/>'s change on <paramref name="head"/>; null with the conflicting paths when it does not apply.</summary>
    public (string? Commit, IReadOnlyList<string> Conflicts) CherryPick(string head, string commit)
    {
        var objects = quarantine.Objects;
        var (tree, conflicts) = objects.ApplyChange(quarantine.Scratch("pick-index"), head, commit);
        if (tree is null)
        {
            return (null, conflicts);
        }

        var message = new Git.GitReader(quarantine.Git).Message(commit).TrimEnd() + $"\n\n(cherry picked from commit {commit})\n";
        return (objects.CommitTree(tree, [head], message, objects.AuthorOf(commit)), []);
    }

    public string Tag(string name, string commit, string message) => quarantine.Objects.MakeTag(name, commit, message);
}
