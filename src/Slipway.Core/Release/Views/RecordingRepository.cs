using Slipway.Core.Files;
using Slipway.Core.Git;
using Slipway.Core.Release.Actions;

namespace Slipway.Core.Release.Views;

/// <summary>
/// The view of a dry run: it reads the real repository and remote, and records every change instead
/// of making it. Refs live in memory over the real ones, files in a <see cref="VirtualWorkTree"/>,
/// and commits and tags are real objects in an <see cref="ObjectQuarantine"/>, so every later read
/// (a tree to verify, the history of the notes) gets the answer the real run would get.
/// </summary>
public sealed class RecordingRepository : IReleaseRepository, IDisposable
{
    private readonly GitReader _real;
    private readonly GitWriter _fetcher;
    private readonly ObjectQuarantine _quarantine;
    private readonly VirtualCommits _commits;
    private readonly Action<ReleaseAction> _report;
    private readonly VirtualRefs _refs;
    private readonly string _prefix;
    private VirtualWorkTree _tree;
    private IReadOnlyList<string> _conflicts = [];

    public RecordingRepository(GitRunner git, Action<ReleaseAction> report)
    {
        _real = new GitReader(git);
        _fetcher = new GitWriter(git);
        _quarantine = new ObjectQuarantine(git);
        _commits = new VirtualCommits(_quarantine);
        _report = report;
        _prefix = _real.Prefix();
        _refs = new VirtualRefs(new GitReader(_quarantine.Git), _real.CurrentBranch(), _real.Resolve("HEAD")!);
        _tree = new VirtualWorkTree(_quarantine, _refs.Head, _prefix);
    }

    public GitRunner History => _quarantine.Git;

    /// <summary>The commits and tags this dry run made up (they exist only in its quarantine), and what to call them.</summary>
    public IReadOnlyDictionary<string, string> MadeUp => _commits.MadeUp;

    public string Prefix => _prefix;

    public string? Resolve(string revision) => _refs.Resolve(revision);

    public string? CurrentBranch() => _refs.Branch;

    public string? TagObject(string tag) => _refs.Local("refs/tags/" + tag);

    public string? RemoteRef(string remote, string refName) => _refs.Pushed(remote, refName, out var pushed) ? pushed : _real.RemoteRef(remote, refName);

    public IReadOnlyList<string> Tags() => _real.Tags().Concat(_refs.Tags).Distinct().ToList();

    public bool IsAncestor(string ancestor, string descendant) => _refs.Reader.IsAncestor(Id(ancestor), Id(descendant));

    public IReadOnlyList<string> Commits(string since, string until, bool firstParent) => _refs.Reader.Commits(Id(since), Id(until), firstParent);

    public string Subject(string commit) => _refs.Reader.Subject(Id(commit));

    public string Message(string commit) => _refs.Reader.Message(Id(commit));

    public IReadOnlyList<string> Changes() => _tree.ChangedPaths.Select(p => " M " + p).ToList();

    public IReadOnlyList<string> ChangedPaths() => _tree.ChangedPaths;

    public IFileSource WorkTree => _tree;

    public IFileSource Tree(string commit) => new GitTreeFileSource(_quarantine.Git, Id(commit), _prefix);

    public bool DirectoryExists(string relativePath) => _tree.HasDirectory(relativePath);

    public bool CherryPickInProgress() => false;

    public IReadOnlyList<string> Conflicts() => _conflicts;

    // A fetch only reads the remote; it is made for real (with the real object directory), and the
    // refs this run has pushed stay laid over what it brings. A branch only this run has pushed is
    // not on the remote to fetch.
    public void Fetch(string remote, params string[] branches)
    {
        var real = branches.Where(b => !_refs.Pushed(remote, "refs/heads/" + b, out _)).ToArray();
        if (branches.Length == 0 || real.Length > 0)
        {
            _fetcher.Fetch(remote, real);
        }
    }

    public void EditFiles(EditFiles edits)
    {
        foreach (var edit in edits.Edits)
        {
            _tree.Write(edit.Path, edit.NewBytes, _tree.IsExecutable(edit.Path));
        }

        _report(edits);
    }

    public void WriteFile(WriteFile file)
    {
        _tree.Write(file.Path, System.Text.Encoding.UTF8.GetBytes(file.NewText));
        _report(file);
    }

    public CopyDirectory CopyDirectory(string source, string target, VersionRewrite rewrite)
    {
        var copied = _tree.Copy(source, target, rewrite);
        var copy = new CopyDirectory(source, target, copied.Select(c => $"{target}/{c.RelativePath}").ToList(), copied.Sum(c => c.Rewritten));
        _report(copy);
        return copy;
    }

    public void CreateBranch(string name, string at, bool switchTo)
    {
        _refs.Set("refs/heads/" + name, Id(at));
        if (switchTo)
        {
            MoveTo(name);
        }

        _report(new CreateBranch(name, at, switchTo));
    }

    public void Switch(string branch)
    {
        MoveTo(branch);
        _report(new SwitchBranch(branch));
    }

    public void DeleteBranch(string name)
    {
        var was = _refs.Local("refs/heads/" + name)!;
        _refs.Set("refs/heads/" + name, null);
        _report(new DeleteBranch(name, was));
    }

    public void FastForward(string commit)
    {
        _refs.Set("refs/heads/" + _refs.Branch, Id(commit));
        _tree = new VirtualWorkTree(_quarantine, _refs.Head, _prefix);
        _report(new FastForward(_refs.Branch ?? "HEAD", commit));
    }

    public bool CherryPick(string commit)
    {
        var (picked, conflicts) = _commits.CherryPick(_refs.Head, commit);
        _report(new CherryPick(commit, Subject(commit)));
        if (picked is null)
        {
            _conflicts = conflicts;
            return false;
        }

        Advance(picked);
        return true;
    }

    public void ContinueCherryPick() => throw new InvalidOperationException("a dry run never stops half-way through a cherry-pick");

    // The tree holds only what the release wrote, so its commit is the release's files whatever is asked.
    public IReadOnlyList<string> Stage(IReadOnlyList<string> paths) => _tree.ChangedPaths.Intersect(paths, StringComparer.Ordinal).ToList();

    public string Commit(string message, bool signoff, IReadOnlyList<string> files)
    {
        var commit = _commits.Commit(_tree.WriteTree(), _refs.Head, message, signoff);
        Advance(commit);
        _report(new CommitChanges(message, signoff, files, commit));
        return commit;
    }

    public void Tag(string tag, string commit, string message, bool sign)
    {
        var made = _commits.Tag(tag, Id(commit), message);
        _refs.Set("refs/tags/" + tag, made);
        _report(new CreateTag(tag, commit, message, sign));
    }

    public void Push(string remote, string refName)
    {
        var pushed = _refs.Local(refName)!;
        _refs.Push(remote, refName, pushed);
        _report(new Push(remote, refName, pushed));
    }

    /// <summary>The remote's <paramref name="into"/> moved to the pushed tip of <paramref name="branch"/>: a merge taken as it is.</summary>
    public void MergeAsIs(string remote, string branch, string into)
    {
        var tip = RemoteRef(remote, "refs/heads/" + branch) ?? _refs.Local("refs/heads/" + branch)!;
        _refs.Push(remote, "refs/heads/" + into, tip);
    }

    public void Dispose() => _quarantine.Dispose();

    private string Id(string revision) => _refs.Resolve(revision) ?? revision;

    private void MoveTo(string branch)
    {
        _refs.Checkout(branch);
        _tree = new VirtualWorkTree(_quarantine, _refs.Head, _prefix);
    }

    private void Advance(string commit)
    {
        _refs.Advance(commit);
        _tree = new VirtualWorkTree(_quarantine, commit, _prefix);
    }
}
