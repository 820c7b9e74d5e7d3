using Slipway.Core.Git;

namespace Slipway.Core.Files;

/// <summary>
/// Files as a commit holds them, whatever the work tree holds: what a tag would point at.
/// <paramref name="prefix"/> is the configuration's directory inside the repository ("" at the root).
/// </summary>
public sealed class GitTreeFileSource(GitRunner git, string commit, string prefix) : IFileSource
{
    private IReadOnlyList<string>? _files;

    public string Description => $"commit {commit[..Math.Min(7, commit.Length)]}";

    public byte[]? Read(string relativePath)
    {
        var path = prefix + relativePath;
        if (!Files().Contains(path, StringComparer.Ordinal))
        {
            return null;
        }

        // Streamed as bytes: the runner's text output would not give back every byte of the blob.
        using var output = new MemoryStream();
        git.Stream(["cat-file", "blob", "--end-of-options", $"{commit}:{path}"], stream => stream.CopyTo(output));
        return output.ToArray();
    }

    public IReadOnlyList<string> Matching(Glob glob) => Files()
        .Where(f => f.StartsWith(prefix, StringComparison.Ordinal))
        .Select(f => f[prefix.Length..])
        .Where(glob.IsMatch)
        .Order(StringComparer.Ordinal)
        .ToList();

    private IReadOnlyList<string> Files() => _files ??= new GitReader(git).FilesAt(commit);
}
