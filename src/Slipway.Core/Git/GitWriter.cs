using Slipway.Core.Diagnostics;

namespace Slipway.Core.Git;

/// <summary>
/// Every change Slipway makes to a repository goes through here, as git commands, so hooks, signing
/// and credentials behave as the user's own git does. Remote, branch, tag and commit names follow
/// --end-of-options (or are attached to their option), so none of them can be read as an option.
/// </summary>
public sealed class GitWriter(GitRunner git)
{
    /// <summary>Fetches branches and tags from the remote; SW401 when it cannot be reached.</summary>
    public void Fetch(string remote, params string[] refspecs)
    {
        var result = git.Run(["fetch", "--quiet", "--tags", "--end-of-options", remote, .. refspecs]);
        if (GitRunner.IsOutsideRepository(result))
        {
            throw GitRunner.Failure(result);
        }

        if (!result.Succeeded)
        {
            throw new SlipwayException(Errors.RemoteUnreachable, $"git fetch {remote} failed: {result.Error.Trim()}", "check the network and your credentials, then run the command again");
        }
    }

    public void Switch(string branch) => git.Check("switch", "--quiet", "--end-of-options", branch);

    public void CreateBranch(string branch, string startPoint) => git.Check("switch", "--quiet", "--create=" + branch, "--end-of-options", startPoint);

    /// <summary>Creates a branch at <paramref name="commit"/> without switching to it.</summary>
    public void CreateBranchAt(string branch, string commit) => git.Check("branch", "--quiet", "--end-of-options", branch, commit);

    public void DeleteBranch(string branch) => git.Check("branch", "--delete", "--force", "--end-of-options", branch);

    /// <remarks>git 2.39's reset refuses --end-of-options, so a commit that looks like an option is refused here.</remarks>
    public void ResetHard(string commit) => git.Check("reset", "--quiet", "--hard",
        commit.StartsWith('-') ? throw new ArgumentException($"'{commit}' is not a commit", nameof(commit)) : commit, "--");

    /// <summary>Moves the current branch forward to <paramref name="commit"/>; fails rather than merge.</summary>
    public void FastForward(string commit) => git.Check("merge", "--quiet", "--ff-only", "--end-of-options", commit);

    public void AddAll() => git.Check("add", "--all");

    /// <summary>Stages exactly <paramref name="paths"/> (relative to the repository root), deletions included.</summary>
    public void Add(IReadOnlyList<string> paths) => git.Check(["add", "--all", "--", .. Literal(paths)]);

    /// <summary>Commits what is staged; with <paramref name="only"/>, only those paths, whatever else is staged.</summary>
    public string Commit(string message, bool signoff, IReadOnlyList<string>? only = null)
    {
        var arguments = new List<string> { "commit", "--quiet", "--file=-" };
        if (signoff)
        {
            arguments.Add("--signoff");
        }

        if (only is not null)
        {
            arguments.AddRange(["--only", "--", .. Literal(only)]);
        }

        var result = git.Run(arguments, message);
        return result.Succeeded ? git.Check("rev-parse", "HEAD").Trim() : throw GitRunner.Failure(result);
    }

    public void Push(string remote, string refspec)
    {
        var result = git.Run("push", "--quiet", "--end-of-options", remote, refspec);
        if (GitRunner.IsOutsideRepository(result))
        {
            throw GitRunner.Failure(result);
        }

        if (!result.Succeeded)
        {
            throw new SlipwayException(Errors.RemoteUnreachable, $"git push {remote} {refspec} failed: {result.Error.Trim()}", "check your credentials and the branch protection rules, then run 'slipway resume'");
        }
    }

    public void DeleteRemoteRef(string remote, string refName) => Push(remote, ":" + refName);

    public void Tag(string tag, string commit, string message, bool sign)
    {
        var result = git.Run(["tag", sign ? "--sign" : "--annotate", "--file=-", "--end-of-options", tag, commit], message);
        if (!result.Succeeded)
        {
            throw GitRunner.Failure(result);
        }
    }

    public void DeleteTag(string tag) => git.Check("tag", "--delete", "--end-of-options", tag);

    /// <summary>Cherry-picks a commit, recording its origin (-x); false when it stops on a conflict.</summary>
    public bool CherryPick(string commit) => git.Run("cherry-pick", "-x", "--end-of-options", commit).Succeeded;

    public void AbortCherryPick() => git.Check("cherry-pick", "--abort");

    public void ContinueCherryPick()
    {
        // core.editor=true keeps the message git prepared, without opening an editor.
        var result = git.Run(["-c", "core.editor=true", "cherry-pick", "--continue"], standardInput: null);
        if (!result.Succeeded)
        {
            throw GitRunner.Failure(result);
        }
    }

    // Pathspecs taken as names: a file called '*' or ':(exclude)x' names itself and nothing else.
    private static IEnumerable<string> Literal(IReadOnlyList<string> paths) => paths.Select(p => ":(literal)" + p);
}
