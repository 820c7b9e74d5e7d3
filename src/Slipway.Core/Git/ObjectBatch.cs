using System.Globalization;
using System.Text;

namespace Slipway.Core.Git;

/// <summary>
/// Revisions, trees and blobs read through one <c>git cat-file --batch</c> process, started at the
/// first question and kept for the next: a command that compares two revisions resolves them, lists
/// their trees and reads their files with no other git process (each costs a process start, which is
/// most of what a small question costs).
/// </summary>
/// <remarks>
/// Without <c>--buffer</c> git answers each request as soon as it reads it, so requests are written
/// in chunks small enough for the pipe, and each chunk's answers read before the next is written:
/// neither side ever waits on a full pipe.
/// </remarks>
public sealed class ObjectBatch(GitRunner git) : IDisposable
{
    private const int Chunk = 256;
    private GitSession? _session;

    /// <summary>
    /// Starts git now rather than at the first question, so that its start-up runs beside the
    /// caller's other work (reading its configuration, starting other git processes after this one,
    /// whose answers are waited for later).
    /// </summary>
    public ObjectBatch Start()
    {
        _session ??= git.Open(["cat-file", "--batch"]);
        return this;
    }

    /// <summary>The commit id a revision names, or null when it names none (as <see cref="GitReader.Resolve"/>).</summary>
    public string? Commit(string revision) =>
        // A request is one line: a name with a line break in it (which no ref can have) is left to rev-parse.
        revision.Contains('\n', StringComparison.Ordinal) ? new GitReader(git).Resolve(revision) : Read([revision + "^{commit}"])[0]?.Id;

    /// <summary>
    /// The blobs of a commit's tree below <paramref name="directories"/> (the whole tree when none is
    /// given), as <see cref="GitReader.BlobsAt"/> lists them: paths from the repository root, a
    /// directory that names a file gives that file, submodules give nothing; ordered by path.
    /// </summary>
    public IReadOnlyList<TreeBlob> BlobsAt(string commit, IReadOnlyCollection<string> directories)
    {
        var root = Read([commit + "^{tree}"])[0] ?? throw Missing(commit + "^{tree}");
        var blobs = new Dictionary<string, TreeBlob>(StringComparer.Ordinal);
        var trees = new List<(string Prefix, string Id)>();
        if (directories.Count == 0)
        {
            trees.Add((string.Empty, root.Id));
        }

        foreach (var directory in directories)
        {
            var entry = Locate(root, directory);
            if (entry is { IsTree: true })
            {
                trees.Add((directory + "/", entry.Id));
            }
            else if (entry is { IsBlob: true })
            {
                blobs[directory] = new TreeBlob(directory, entry.Id, entry.Mode);
            }
        }

        // One level of the trees at a time, each level read as one batch of requests.
        while (trees.Count > 0)
        {
            var level = Read(trees.Select(t => t.Id).ToList());
            var below = new List<(string Prefix, string Id)>();
            for (var i = 0; i < trees.Count; i++)
            {
                foreach (var entry in TreeEntries.Parse(level[i] ?? throw Missing(trees[i].Id)))
                {
                    var path = trees[i].Prefix + entry.Name;
                    if (entry.IsTree)
                    {
                        below.Add((path + "/", entry.Id));
                    }
                    else if (entry.IsBlob)
                    {
                        blobs[path] = new TreeBlob(path, entry.Id, entry.Mode);
                    }
                }
            }

            trees = below;
        }

        return blobs.Values.OrderBy(b => b.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>The contents of blobs, by object id.</summary>
    /// <exception cref="Diagnostics.SlipwayException">SW305 when git fails or an object is missing.</exception>
    public IReadOnlyDictionary<string, byte[]> ReadBlobs(IReadOnlyCollection<string> objectIds)
    {
        var ids = objectIds.ToList();
        var answers = Read(ids);
        var blobs = new Dictionary<string, byte[]>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            blobs[ids[i]] = (answers[i] ?? throw Missing(ids[i])).Content;
        }

        return blobs;
    }

    public void Dispose() => _session?.Dispose();

    /// <summary>The entry a '/'-separated path names in a tree, descending from <paramref name="root"/>; null when there is none.</summary>
    private TreeEntry? Locate(GitObject root, string path)
    {
        var tree = root;
        TreeEntry? entry = null;
        foreach (var name in path.Split('/'))
        {
            if (tree is null)
            {
                return null;
            }

            entry = TreeEntries.Parse(tree).FirstOrDefault(e => e.Name == name);
            if (entry is null)
            {
                return null;
            }

            tree = entry.IsTree ? Read([entry.Id])[0] ?? throw Missing(entry.Id) : null;
        }

        return entry;
    }

    /// <summary>Each name's object, or null for a name that names none (missing, or ambiguous).</summary>
    private List<GitObject?> Read(List<string> names)
    {
        var session = Start()._session!;
        var answers = new List<GitObject?>(names.Count);
        for (var start = 0; start < names.Count; start += Chunk)
        {
            var chunk = names.Skip(start).Take(Chunk).ToList();
            try
            {
                foreach (var name in chunk)
                {
                    session.Input.Write(Encoding.UTF8.GetBytes(name + "\n"));
                }

                session.Input.Flush();
            }
            catch (IOException)
            {
                throw session.Failure("it stopped reading requests");
            }

            foreach (var name in chunk)
            {
                answers.Add(Answer(name));
            }
        }

        return answers;
    }

    private GitObject? Answer(string name)
    {
        var header = Header() ?? throw _session!.Failure($"it ended before answering '{name}'");
        // "<id> <type> <size>", or "<name> missing" / "<name> ambiguous" (the name may hold spaces).
        var fields = header.Split(' ');
        if (header.EndsWith(" missing", StringComparison.Ordinal) || header.EndsWith(" ambiguous", StringComparison.Ordinal))
        {
            return null;
        }

        if (fields.Length != 3)
        {
            throw _session!.Failure($"unexpected answer '{header}'");
        }

        var content = new byte[int.Parse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture)];
        _session!.Output.ReadExactly(content);
        return _session.Output.ReadByte() == '\n'
            ? new GitObject(fields[0], fields[1], content)
            : throw _session.Failure($"object {fields[0]} is not followed by a newline");
    }

    private string? Header()
    {
        var line = new StringBuilder(64);
        for (var b = _session!.Output.ReadByte(); b >= 0; b = _session.Output.ReadByte())
        {
            if (b == '\n')
            {
                return line.ToString();
            }

            line.Append((char)b);
        }

        return null;
    }

    private static Diagnostics.SlipwayException Missing(string name) =>
        new(Diagnostics.Errors.GitFailed, $"git cat-file --batch: object {name} is missing");
}
