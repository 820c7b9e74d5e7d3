namespace Slipway.Core.Release.Views;

/// <summary>
/// Makes the commits, cherry-picks and tags of a dry run as the porcelain of the real run makes them
/// (a sign-off, -x's line, the original author of a pick), into the quarantine: real objects with real
/// trees and parents that no ref points at.
/// </summary>
internal sealed class VirtualCommits(ObjectQuarantine quarantine)
{
    private readonly Dictionary<string, string> _madeUp = new(StringComparer.Ordinal);

    /// <summary>What was made, and what a plan calls each: the real run makes them anew, with other ids.</summary>
    public IReadOnlyDictionary<string, string> MadeUp => _madeUp;

    public string Commit(string tree, string parent, string message, bool signoff) =>
        Named(quarantine.Objects.CommitTree(tree, [parent], signoff ? quarantine.Objects.SignOff(message) : message), $"the new commit '{message.Split('\n')[0]}'");

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
        return (Named(objects.CommitTree(tree, [head], message, objects.AuthorOf(commit)), $"the pick of {commit[..7]}"), []);
    }

    public string Tag(string name, string commit, string message) => Named(quarantine.Objects.MakeTag(name, commit, message), $"the new tag {name}");

    private string Named(string id, string name)
    {
        _madeUp[id] = name;
        return id;
    }
}
