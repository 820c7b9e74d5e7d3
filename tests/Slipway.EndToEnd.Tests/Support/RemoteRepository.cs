namespace Slipway.EndToEnd.Tests.Support;

/// <summary>
/// A bare repository serving as the 'origin' remote, and a maintainer's clone of it that merges pull
/// requests the way GitHub does: a merge commit "Merge pull request #N from …", or a squash.
/// </summary>
public sealed class RemoteRepository : IDisposable
{
    private readonly TestRepository _bare;
    private readonly TestRepository _maintainer;
    private int _pullRequests = 100;

    private RemoteRepository(TestRepository bare, TestRepository maintainer)
    {
        _bare = bare;
        _maintainer = maintainer;
    }

    public string Path => _bare.Path;

    /// <summary>Makes a bare remote for <paramref name="local"/>, adds it as origin and pushes main to it.</summary>
    public static RemoteRepository For(TestRepository local)
    {
        var bare = TestRepository.CreateEmpty();
        bare.Git("init", "-q", "--bare", "-b", "main");
        local.Git("remote", "add", "origin", bare.Path);
        local.Git("push", "-q", "-u", "origin", "main");
        var maintainer = TestRepository.CreateEmpty();
        maintainer.Git("clone", "-q", bare.Path, ".");
        maintainer.Git("config", "user.name", "Maintainer");
        maintainer.Git("config", "user.email", "maintainer@example.com");
        return new RemoteRepository(bare, maintainer);
    }

    /// <summary>An existing bare repository as the remote, with a maintainer's clone of it.</summary>
    public static RemoteRepository Adopt(TestRepository bare)
    {
        var maintainer = TestRepository.CreateEmpty();
        maintainer.Git("clone", "-q", bare.Path, ".");
        maintainer.Git("config", "user.name", "Maintainer");
        maintainer.Git("config", "user.email", "maintainer@example.com");
        return new RemoteRepository(bare, maintainer);
    }

    /// <summary>Merges a pushed branch into <paramref name="into"/> with a merge commit (or a squash), as GitHub's merge button does, and pushes it.</summary>
    public string MergePullRequest(string branch, bool squash = false, string into = "main")
    {
        var number = ++_pullRequests;
        _maintainer.Git("fetch", "-q", "origin");
        _maintainer.Git("checkout", "-q", "-B", into, "origin/" + into);
        if (squash)
        {
            var subject = _maintainer.Git("log", "-1", "--format=%s", "origin/" + branch).Trim();
            _maintainer.Git("merge", "-q", "--squash", "origin/" + branch);
            _maintainer.Git("commit", "-q", "-m", $"{subject} (#{number})");
        }
        else
        {
            _maintainer.Git("merge", "-q", "--no-ff", "origin/" + branch, "-m", $"Merge pull request #{number} from maintainer/{branch}", "-m", branch);
        }

        _maintainer.Git("push", "-q", "origin", into);
        return _maintainer.Git("rev-parse", "HEAD").Trim();
    }

    /// <summary>Merges a pushed branch into <paramref name="into"/> as it is (a fast-forward, as a rebase merge of a branch on the tip does), and pushes it.</summary>
    public string FastForward(string branch, string into)
    {
        _maintainer.Git("fetch", "-q", "origin");
        _maintainer.Git("push", "-q", "origin", $"refs/remotes/origin/{branch}:refs/heads/{into}");
        return _maintainer.Git("rev-parse", "refs/remotes/origin/" + branch).Trim();
    }

    /// <summary>A commit on main made directly on the remote (someone else's work landing meanwhile).</summary>
    public string CommitOnMain(string file, string text, string message)
    {
        _maintainer.Git("fetch", "-q", "origin");
        _maintainer.Git("checkout", "-q", "main");
        _maintainer.Git("reset", "-q", "--hard", "origin/main");
        _maintainer.Write(file, text);
        _maintainer.Commit(message);
        _maintainer.Git("push", "-q", "origin", "main");
        return _maintainer.Git("rev-parse", "HEAD").Trim();
    }

    /// <summary>The object a ref points at on the remote, or null.</summary>
    public string? Ref(string name)
    {
        try
        {
            return _bare.Git("rev-parse", "--verify", "--quiet", name).Trim();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public string Show(string revision, string path) => _bare.Git("show", $"{revision}:{path}");

    public string Git(params string[] args) => _bare.Git(args);

    public void Dispose()
    {
        _bare.Dispose();
        _maintainer.Dispose();
    }
}
