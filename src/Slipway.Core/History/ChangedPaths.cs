using System.Text;
using Slipway.Core.Git;

namespace Slipway.Core.History;

/// <summary>
/// The commits of a range that changed a file a rule takes, read with one <c>git log</c>: each
/// commit's files against its first parent (for a merge, what it brought to the main line), a
/// rename as the old path and the new, so that a file moved out of a directory counts for it too.
/// </summary>
public static class ChangedPaths
{
    /// <param name="from">Excluded with its history (null: the whole history up to <paramref name="to"/>).</param>
    /// <param name="takes">Whether a path, relative to the repository's root as git names it, counts.</param>
    public static HashSet<CommitId> Touching(GitRunner git, string? from, string to, Func<string, bool> takes)
    {
        var arguments = new List<string> { "log", "-z", "--format=%x00%H", "--name-only", "--no-renames", "--diff-merges=first-parent", "--end-of-options", to };
        if (from is not null)
        {
            arguments.Add("^" + from);
        }

        arguments.Add("--");
        var touching = new HashSet<CommitId>();
        git.Stream(arguments, stream => Read(stream, takes, touching));
        return touching;
    }

    // A commit is an empty field (the format's leading NUL), its id, then its files, one field each;
    // git writes a line break between the id and the first file. A path is never empty, so an empty
    // field always starts a commit, whatever the paths hold.
    internal static void Read(Stream stream, Func<string, bool> takes, HashSet<CommitId> touching)
    {
        var reader = new NulFieldReader(stream);
        CommitId? commit = null;
        var idNext = false;
        var firstFile = false;
        while (reader.TryRead(out var field))
        {
            if (field.IsEmpty)
            {
                idNext = true;
                continue;
            }

            if (idNext)
            {
                commit = CommitId.Parse(field);
                (idNext, firstFile) = (false, true);
                continue;
            }

            var path = firstFile && field[0] == (byte)'\n' ? field[1..] : field;
            firstFile = false;
            if (commit is { } id && !touching.Contains(id) && path.Length > 0 && takes(Encoding.UTF8.GetString(path)))
            {
                touching.Add(id);
            }
        }
    }
}
