using System.Text;

namespace Slipway.Core.Git;

/// <summary>
/// The tag listing read from the repository's own files (packed-refs, loose refs, objects), as
/// <see cref="GitReader.TagListing"/>'s <c>git for-each-ref</c> prints it, byte for byte: a notes run
/// spares a git process. Only a plain repository is read here; for anything that one could read
/// differently from git (reftable or any other extension, replace refs, a symbolic or unreadable
/// ref, a name that git would shorten otherwise, a tag of a tag, an object it does not find, or a
/// variable that changes how git finds the repository), <see cref="TryList"/> answers null and the
/// caller asks git.
/// </summary>
internal static class TagRefs
{
    private const string Prefix = "refs/tags/";

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdef");
    private static readonly System.Buffers.SearchValues<char> NameCharacters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-/");

    // Variables that change which repository git finds or what its refs and objects say.
    private static readonly string[] Steering =
        ["GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM", "GIT_REPLACE_REF_BASE", "GIT_REF_PARANOIA", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT"];

    /// <summary>The listing, or null when it is left to git.</summary>
    public static string? TryList(string workingDirectory)
    {
        try
        {
            return List(workingDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or InvalidDataException or ArgumentException or IndexOutOfRangeException)
        {
            // Unreadable here, or not as expected (a damaged pack reads out of its bounds): git reads it,
            // and says what is wrong in its own words.
            return null;
        }
    }

    private static string? List(string workingDirectory)
    {
        if (Steering.Any(v => Environment.GetEnvironmentVariable(v) is not null) || Repository.Find(workingDirectory) is not { } repository)
        {
            return null;
        }

        if (PackedRefs(repository.Common) is not { } refs || refs.Keys.Any(r => r.StartsWith("refs/replace/", StringComparison.Ordinal)) || Directory.Exists(Path.Combine(repository.Common, "refs", "replace")))
        {
            return null;
        }

        var looseTags = Path.Combine(repository.Common, "refs", "tags");
        foreach (var file in Directory.Exists(looseTags) ? Directory.EnumerateFiles(looseTags, "*", SearchOption.AllDirectories) : [])
        {
            var name = Prefix + Path.GetRelativePath(looseTags, file).Replace(Path.DirectorySeparatorChar, '/');
            var content = File.ReadAllText(file, Encoding.ASCII);
            if (!IsPlainName(name) || content.Length != 41 || content[40] != '\n' || !IsObjectId(content.AsSpan(0, 40)))
            {
                return null; // a symbolic ref, a ref being written, a name git would refuse
            }

            refs[name] = content[..40]; // a loose ref wins over its packed copy
        }

        using var objects = new ObjectStore(Path.Combine(repository.Common, "objects"));
        var listing = new StringBuilder();
        foreach (var (name, id) in refs.Where(r => r.Key.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var tag = name[Prefix.Length..];
            if (repository.Names(tag, refs) || objects.Read(id) is not var (type, target) || (type == "tag" && objects.Read(target!) is not { Type: not "tag" }))
            {
                return null; // a name git would print as tags/<name>, an object not read here, a tag of a tag
            }

            listing.Append(tag).Append('\0').Append(id).Append('\0').Append(target).Append('\n');
        }

        return listing.ToString();
    }

    // packed-refs: an optional header, then "<id> <name>" lines, each annotated tag followed by "^<peeled id>".
    private static SortedDictionary<string, string>? PackedRefs(string commonDirectory)
    {
        var refs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var path = Path.Combine(commonDirectory, "packed-refs");
        foreach (var line in File.Exists(path) ? File.ReadAllLines(path, Encoding.ASCII) : [])
        {
            if (line.StartsWith('#') || (line.StartsWith('^') && line.Length == 41 && IsObjectId(line.AsSpan(1))))
            {
                continue;
            }

            if (line.Length < 42 || line[40] != ' ' || !IsObjectId(line.AsSpan(0, 40)) || !IsPlainName(line[41..]))
            {
                return null;
            }

            refs[line[41..]] = line[..40];
        }

        return refs;
    }

    private static bool IsObjectId(ReadOnlySpan<char> text) => text.Length == 40 && !text.ContainsAnyExcept(HexDigits);

    // Letters, digits and ._+-/ in components that are not empty, do not start with '.' and do not end in
    // ".lock" or '.': a subset of what git allows, so that every name read here is one git reads the same way.
    private static bool IsPlainName(string name) =>
        !name.AsSpan().ContainsAnyExcept(NameCharacters)
        && name.Split('/').All(c => c.Length > 0 && c[0] != '.' && c[^1] != '.' && !c.EndsWith(".lock", StringComparison.Ordinal))
        && !name.Contains("..", StringComparison.Ordinal);

    /// <summary>A work tree's repository: its git directory, and the directory it shares with the other work trees (the same one when there are none).</summary>
    private sealed record Repository(string GitDirectory, string Common)
    {
        /// <summary>The repository of a work tree, found as git finds it from a directory inside it; null for any other layout.</summary>
        public static Repository? Find(string directory)
        {
            for (var at = new DirectoryInfo(Path.GetFullPath(directory)); at is not null; at = at.Parent)
            {
                if (at.Name == ".git")
                {
                    return null; // inside a git directory: git treats it otherwise
                }

                var dotGit = Path.Combine(at.FullName, ".git");
                string? gitDirectory = Directory.Exists(dotGit) ? dotGit
                    : File.Exists(dotGit) && File.ReadAllText(dotGit) is var link && link.StartsWith("gitdir: ", StringComparison.Ordinal) ? Path.GetFullPath(Path.Combine(at.FullName, link[8..].TrimEnd('\n', '\r')))
                    : null;
                if (gitDirectory is null)
                {
                    continue;
                }

                var shared = Path.Combine(gitDirectory, "commondir");
                var common = File.Exists(shared) ? Path.GetFullPath(Path.Combine(gitDirectory, File.ReadAllText(shared).TrimEnd('\n', '\r'))) : gitDirectory;
                return File.Exists(Path.Combine(gitDirectory, "HEAD")) && Directory.Exists(Path.Combine(common, "objects")) && IsPlain(common)
                    ? new Repository(gitDirectory, common)
                    : null;
            }

            return null;
        }

        /// <summary>
        /// Whether <c>%(refname:short)</c> could print <c>tags/NAME</c> for this tag: another ref the short
        /// name could mean exists (git's rules: NAME, refs/NAME, refs/heads/NAME, refs/remotes/NAME and its HEAD).
        /// </summary>
        public bool Names(string tag, SortedDictionary<string, string> packed) =>
            new[] { tag, $"refs/{tag}", $"refs/heads/{tag}", $"refs/remotes/{tag}", $"refs/remotes/{tag}/HEAD" }.Any(name =>
                packed.ContainsKey(name) || Path.Exists(Path.Combine(GitDirectory, name)) || Path.Exists(Path.Combine(Common, name)));

        // Repository format 0 or 1 without extensions (reftable, SHA-256 and the rest are extensions), and no reftable directory.
        private static bool IsPlain(string common)
        {
            var config = Path.Combine(common, "config");
            if (Directory.Exists(Path.Combine(common, "reftable")) || !File.Exists(config))
            {
                return false;
            }

            foreach (var line in File.ReadAllLines(config))
            {
                var text = line.Trim();
                if (text.StartsWith("[extensions", StringComparison.OrdinalIgnoreCase)
                    || (text.StartsWith("repositoryformatversion", StringComparison.OrdinalIgnoreCase) && text.Split('=') is [_, var value] && value.Trim() is not ("0" or "1")))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
