using Slipway.Core.Git;

namespace Slipway.Core.Release.Views;

/// <summary>
/// The refs of a dry run: local refs, HEAD and what was pushed, kept in memory over the real ones.
/// A ref set to null is deleted. Names resolve as git resolves them (refs/…, then tags, branches,
/// remote-tracking branches), falling back to git for ids and expressions.
/// </summary>
internal sealed class VirtualRefs(GitReader reader, string? branch, string head)
{
    private readonly Dictionary<string, string?> _local = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _pushed = new(StringComparer.Ordinal);
    private string _detachedHead = head;

    /// <summary>git over the quarantine: it knows the real objects and the dry run's.</summary>
    public GitReader Reader => reader;

    public string? Branch { get; private set; } = branch;

    /// <summary>The commit HEAD points at.</summary>
    public string Head => Branch is null ? _detachedHead : Resolve("refs/heads/" + Branch)!;

    public IEnumerable<string> Tags => _local.Where(r => r.Value is not null && r.Key.StartsWith("refs/tags/", StringComparison.Ordinal)).Select(r => r.Key["refs/tags/".Length..]);

    /// <summary>The object a full ref name points at here (a tag object for an annotated tag), or null.</summary>
    public string? Local(string refName) => _local.TryGetValue(refName, out var value)
        ? value
        : refName.StartsWith("refs/tags/", StringComparison.Ordinal) ? reader.LocalTag(refName["refs/tags/".Length..]) : reader.Resolve(refName);

    public string? Resolve(string revision)
    {
        if (revision == "HEAD")
        {
            return Head;
        }

        foreach (var name in (string[])[revision, "refs/tags/" + revision, "refs/heads/" + revision, "refs/remotes/" + revision])
        {
            if (_local.TryGetValue(name, out var value))
            {
                return value is null ? null : reader.Resolve(value);
            }
        }

        return reader.Resolve(revision);
    }

    public void Set(string refName, string? value) => _local[refName] = value;

    public void Checkout(string name) => Branch = name;

    /// <summary>Moves HEAD (and its branch) to a new commit, as a commit or a cherry-pick does.</summary>
    public void Advance(string commit)
    {
        if (Branch is null)
        {
            _detachedHead = commit;
        }
        else
        {
            Set("refs/heads/" + Branch, commit);
        }
    }

    /// <summary>Records a push, and moves the remote-tracking branch as git push does.</summary>
    public void Push(string remote, string refName, string value)
    {
        _pushed[remote + " " + refName] = value;
        if (refName.StartsWith("refs/heads/", StringComparison.Ordinal))
        {
            Set($"refs/remotes/{remote}/{refName["refs/heads/".Length..]}", value);
        }
    }

    public bool Pushed(string remote, string refName, out string? value) => _pushed.TryGetValue(remote + " " + refName, out value);
}
