using Slipway.Core.Diagnostics;

namespace Slipway.Core.Git;

/// <summary>
/// Every change Slipway makes to a repository goes through here, as git commands, so hooks, signing
/// and credentials behave as the user's own git does.
/// </summary>
public sealed class GitWriter(GitRunner git)
{
    /// <summary>Fetches branches and tags from the remote; SW401 when it cannot be reached.</summary>
    public void Fetch(string remote, params string[] refspecs)
    {
        var result = git.Run(["fetch", "--quiet", "--tags", remote, .. refspecs]);
        if (!result.Succeeded)
        {
            throw new SlipwayException(Errors.RemoteUnreachable, $"git fetch {remote} failed: {result.Error.Trim()}", "check the network and your credentials, then run the command again");
        }
    }

    public void Switch(string branch) => git.Check("switch", "--quiet", branch);

    public void CreateBranch(string branch, string startPoint) => git.Check("switch", "--quiet", "--create", branch, startPoint);

    public void DeleteBranch(string branch) => git.Check("branch", "--delete", "--force", branch);

    public void ResetHard(string commit) => git.Check("reset", "--quiet", "--hard", commit);

    /// <summary>Moves the current branch forward to <paramref name="commit"/>; fails rather than merge.</summary>
    public void FastForward(string commit) => git.Check("merge", "--quiet", "--ff-only", commit);

    public void AddAll() => git.Check("add", "--all");

    public string Commit(string message, bool signoff)
    {
        var arguments = new List<string> { "commit", "--quiet", "--file=-" };
        if (signoff)
        {
            arguments.Add("--signoff");
        }

        var result = git.Run(arguments, message);
        return result.Succeeded ? git.Check("rev-parse", "HEAD").Trim() : throw GitRunner.Failure(result);
    }

    public void Push(string remote, string refspec)
    {
        var result = git.Run("push", "--quiet", remote, refspec);
        if (!result.Succeeded)
        {
            throw new SlipwayException(Errors.RemoteUnreachable, $"git push {remote} {refspec} failed: {result.Error.Trim()}", "check your credentials and the branch protection rules, then run 'slipway resume'");
        }
    }

    public void DeleteRemoteRef(string remote, string refName) => Push(remote, ":" + refName);

    public void Tag(string tag, string commit, string message, bool sign)
    {
        var result = git.Run(["tag", sign ? "--sign" : "--annotate", "--file=-", tag, commit], message);
        if (!result.Succeeded)
        {
            throw GitRunner.Failure(result);
        }
    }

    public void DeleteTag(string tag) => git.Check("tag", "--delete", tag);

    /// <summary>Cherry-picks a commit, recording its origin (-x); false when it stops on a conflict.</summary>
    public bool CherryPick(string commit) => git.Run("cherry-pick", "-x", commit).Succeeded;

    public void ContinueCherryPick()
    {
        // core.editor=true keeps the message git prepared, without opening an editor.
        var result = git.Run(["-c", "core.editor=true", "cherry-pick", "--continue"], standardInput: null);
        if (!result.Succeeded)
        {
            throw GitRunner.Failure(result);
        }
    }
}
