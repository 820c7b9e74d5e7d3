using Slipway.Core.Configuration;
using Slipway.Core.Files;
using Slipway.Core.Git;
using Slipway.Core.Release.Actions;

namespace Slipway.Core.Release.Views;

/// <summary>The real repository: reads are git's answers, and every change is made (through git, so hooks and signing apply) and reported.</summary>
public sealed class LiveRepository(SlipwayConfig config, GitRunner git, Action<ReleaseAction> report) : IReleaseRepository
{
    private readonly GitReader _reader = new(git);
    private readonly GitWriter _writer = new(git);
    private string? _prefix;

    public GitRunner History => git;

    public string Prefix => _prefix ??= _reader.Prefix();

    public string? Resolve(string revision) => _reader.Resolve(revision);

    public string? CurrentBranch() => _reader.CurrentBranch();

    public string? TagObject(string tag) => _reader.LocalTag(tag);

    public string? RemoteRef(string remote, string refName) => _reader.RemoteRef(remote, refName);

    public IReadOnlyList<string> Tags() => _reader.Tags();

    public bool IsAncestor(string ancestor, string descendant) => _reader.IsAncestor(ancestor, descendant);

    public IReadOnlyList<string> Commits(string since, string until, bool firstParent) => _reader.Commits(since, until, firstParent);

    public string Subject(string commit) => _reader.Subject(commit);

    public string Message(string commit) => _reader.Message(commit);

    public IReadOnlyList<string> Changes() => _reader.Changes();

    public IReadOnlyList<string> ChangedPaths() => _reader.ChangedPaths();

    public IFileSource WorkTree => new DirectoryFileSource(config.Root);

    public IFileSource Tree(string commit) => new GitTreeFileSource(git, commit, Prefix);

    // Through the work tree's guard: a symbolic link must not lead a copy out of the repository or into .git.
    public bool DirectoryExists(string relativePath) => Directory.Exists(Files.WorkTree.Containing(config.Root).Require(config.Root, relativePath));

    public bool CherryPickInProgress() => _reader.CherryPickInProgress();

    public IReadOnlyList<string> Conflicts() => _reader.Conflicts();

    public void Fetch(string remote, params string[] branches) => _writer.Fetch(remote, branches);

    public void EditFiles(EditFiles edits)
    {
        new AtomicFileWriter(config.Root, StateDirectory.For(config.Root)).Write(edits.Edits);
        report(edits);
    }

    public void WriteFile(WriteFile file)
    {
        // All or nothing, and only inside the work tree: the writer's guard refuses a link that leads elsewhere.
        new AtomicFileWriter(config.Root, StateDirectory.For(config.Root), "release").Write([FileWrite.Over(file.Path, System.Text.Encoding.UTF8.GetBytes(file.NewText))]);
        report(file);
    }

    public CopyDirectory CopyDirectory(string source, string target, VersionRewrite rewrite)
    {
        var copied = DirectoryCopier.CopyOnDisk(config.Root, source, target, rewrite);
        var copy = new CopyDirectory(source, target, copied.Select(c => $"{target}/{c.RelativePath}").ToList(), copied.Sum(c => c.Rewritten));
        report(copy);
        return copy;
    }

    public void CreateBranch(string name, string at, bool switchTo)
    {
        if (switchTo)
        {
            _writer.CreateBranch(name, at);
        }
        else
        {
            _writer.CreateBranchAt(name, at);
        }

        report(new CreateBranch(name, at, switchTo));
    }

    public void Switch(string branch)
    {
        _writer.Switch(branch);
        report(new SwitchBranch(branch));
    }

    public void DeleteBranch(string name)
    {
        var was = _reader.Resolve("refs/heads/" + name)!;
        _writer.DeleteBranch(name);
        report(new DeleteBranch(name, was));
    }

    public void FastForward(string commit)
    {
        _writer.FastForward(commit);
        report(new FastForward(_reader.CurrentBranch() ?? "HEAD", commit));
    }

    public bool CherryPick(string commit)
    {
        var picked = _writer.CherryPick(commit);
        report(new CherryPick(commit, _reader.Subject(commit)));
        return picked;
    }

    public void ContinueCherryPick() => _writer.ContinueCherryPick();

    public IReadOnlyList<string> Stage(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return [];
        }

        _writer.Add(paths);
        var asked = paths.ToHashSet(StringComparer.Ordinal);
        return _reader.StagedFiles().Where(asked.Contains).ToList();
    }

    public string Commit(string message, bool signoff, IReadOnlyList<string> files)
    {
        var commit = _writer.Commit(message, signoff, files);
        report(new CommitChanges(message, signoff, files, commit));
        return commit;
    }

    public void Tag(string tag, string commit, string message, bool sign)
    {
        _writer.Tag(tag, commit, message, sign);
        report(new CreateTag(tag, commit, message, sign));
    }

    public void Push(string remote, string refName)
    {
        var pushed = refName.StartsWith("refs/tags/", StringComparison.Ordinal) ? _reader.LocalTag(refName["refs/tags/".Length..]) : _reader.Resolve(refName);
        _writer.Push(remote, $"{refName}:{refName}");
        report(new Push(remote, refName, pushed!));
    }
}
