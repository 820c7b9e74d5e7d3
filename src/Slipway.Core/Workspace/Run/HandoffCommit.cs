using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Files;
using Slipway.Core.Git;

namespace Slipway.Core.Workspace.Run;

/// <summary>
/// The commit of a hand-off, made in the target clone without touching its work tree or index: the
/// released tag's objects are fetched into the clone, its files laid over the target's base branch in
/// a private index, and the tree committed on top of that branch. Nothing is copied through the file
/// system, so what arrives is byte for byte what was tagged (modes included).
/// </summary>
internal static class HandoffCommit
{
    /// <summary>The commit, or null when the base branch already holds every file as released.</summary>
    /// <exception cref="SlipwayException">A source is not in the tag (SW140), or the target's base branch is not on its remote (SW309).</exception>
    public static string? Make(HandoffSettings handoff, GitRunner source, string tag, GitRunner target, IReadOnlyDictionary<string, string> values)
    {
        var (remote, @base) = (handoff.Target.Remote, handoff.Target.Base);
        target.Check("fetch", "--quiet", "--no-tags", "--end-of-options", remote, $"refs/heads/{@base}:refs/remotes/{remote}/{@base}");
        var reader = new GitReader(target);
        var baseCommit = reader.Resolve($"refs/remotes/{remote}/{@base}^{{commit}}")
            ?? throw new SlipwayException(Errors.OutOfDate, $"{remote} of {handoff.Target.Path} has no branch '{@base}'", "correct target.base in the workspace file");
        var tagged = new GitReader(source).Resolve($"refs/tags/{tag}^{{commit}}")
            ?? throw new SlipwayException(Errors.HandoffSourceMissing, $"{source.WorkingDirectory} has no tag {tag} to hand off from");
        target.Check("fetch", "--quiet", "--no-tags", "--end-of-options", source.WorkingDirectory, "refs/tags/" + tag);

        var index = Path.Combine(StateDirectory.For(handoff.Target.FullPath), $"handoff-{handoff.Name}.index");
        Directory.CreateDirectory(Path.GetDirectoryName(index)!);
        File.Delete(index);
        try
        {
            var indexed = target.With(new Dictionary<string, string> { ["GIT_INDEX_FILE"] = index });
            indexed.Check("read-tree", baseCommit);
            foreach (var copy in handoff.Copies)
            {
                foreach (var (mode, blob, destination) in Entries(copy, source, tagged, tag, values, handoff.Name))
                {
                    indexed.Check("update-index", "--add", "--cacheinfo", $"{mode},{blob},{destination}");
                }
            }

            var tree = indexed.Check("write-tree").Trim();
            if (tree == target.Check("rev-parse", baseCommit + "^{tree}").Trim())
            {
                return null;
            }

            var message = handoff.CommitMessage.Render(values).TrimEnd() + "\n";
            if (handoff.Signoff)
            {
                message += $"\nSigned-off-by: {Identity(target)}\n";
            }

            var made = target.Run(["commit-tree", tree, "-p", baseCommit], message);
            return made.Succeeded ? made.Output.Trim() : throw GitRunner.Failure(made);
        }
        finally
        {
            File.Delete(index);
        }
    }

    /// <summary>What the hand-off copies, as (source, destination) paths, for a plan.</summary>
    public static IEnumerable<(string From, string To)> Paths(HandoffSettings handoff, IReadOnlyDictionary<string, string> values) =>
        handoff.Copies.Select(c => (c.From.Render(values), c.To.Render(values)));

    private static IEnumerable<(string Mode, string Blob, string Destination)> Entries(
        HandoffCopy copy, GitRunner source, string commit, string tag, IReadOnlyDictionary<string, string> values, string name)
    {
        var (from, to) = (copy.From.Render(values), copy.To.Render(values));
        var listing = source.Check("ls-tree", "-r", "-z", "--full-tree", "--end-of-options", commit, "--", from.TrimEnd('/'));
        var entries = listing.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => (Meta: line[..line.IndexOf('\t')].Split(' '), Path: line[(line.IndexOf('\t') + 1)..]))
            .Where(e => e.Meta[1] == "blob" && (copy.IsDirectory ? e.Path.StartsWith(from, StringComparison.Ordinal) : e.Path == from))
            .ToList();
        if (entries.Count == 0)
        {
            throw new SlipwayException(Errors.HandoffSourceMissing, $"hand-off {name}: {tag} has no {(copy.IsDirectory ? "files under " : string.Empty)}'{from}' ({copy.Label}.from)",
                "correct the path in the workspace file, or make the release commit the files (a command in after-bump), then run 'slipway resume'");
        }

        foreach (var (meta, path) in entries)
        {
            var destination = copy.IsDirectory ? to + path[from.Length..] : to.EndsWith('/') ? to + System.IO.Path.GetFileName(path) : to;
            yield return (meta[0], meta[2], destination);
        }
    }

    // "Name <email> 1700000000 +0000": the committer, without the time.
    private static string Identity(GitRunner git)
    {
        var ident = git.Check("var", "GIT_COMMITTER_IDENT").Trim();
        return ident[..(ident.LastIndexOf('>') + 1)];
    }
}
