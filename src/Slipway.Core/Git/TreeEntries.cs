using System.Text;

namespace Slipway.Core.Git;

/// <summary>An object as <c>git cat-file --batch</c> gives it: its id, its type and its content.</summary>
internal sealed record GitObject(string Id, string Type, byte[] Content);

/// <summary>An entry of a tree object: its mode (as ls-tree prints it, six digits), its name and its object id.</summary>
internal sealed record TreeEntry(string Mode, string Name, string Id)
{
    public bool IsTree => Mode == "040000";

    /// <summary>A file or a symbolic link; a submodule (mode 160000) is a commit of another repository.</summary>
    public bool IsBlob => Mode is not ("040000" or "160000");
}

/// <summary>Reads tree objects: entries of <c>&lt;mode&gt; &lt;name&gt;\0&lt;raw id&gt;</c>, the id 20 bytes (SHA-1) or 32 (SHA-256).</summary>
internal static class TreeEntries
{
    public static IEnumerable<TreeEntry> Parse(GitObject tree)
    {
        if (tree.Type != "tree")
        {
            yield break;
        }

        var idLength = tree.Id.Length / 2;
        var content = tree.Content;
        for (var at = 0; at < content.Length;)
        {
            var space = Array.IndexOf(content, (byte)' ', at);
            var nul = Array.IndexOf(content, (byte)0, space + 1);
            if (space < 0 || nul < 0 || nul + 1 + idLength > content.Length)
            {
                throw new Diagnostics.SlipwayException(Diagnostics.Errors.GitFailed, $"git cat-file --batch: tree {tree.Id} cannot be read");
            }

            // Tree objects write a directory's mode without its leading zero ("40000"); ls-tree pads it.
            var mode = Encoding.ASCII.GetString(content, at, space - at).PadLeft(6, '0');
            var name = Encoding.UTF8.GetString(content, space + 1, nul - space - 1);
            var id = Convert.ToHexStringLower(content, nul + 1, idLength);
            yield return new TreeEntry(mode, name, id);
            at = nul + 1 + idLength;
        }
    }
}
