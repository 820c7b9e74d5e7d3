using System.Text.RegularExpressions;

namespace Slipway.Core.Configuration;

/// <summary>
/// The grammars of what Slipway puts into a registry's URL: repository names and tags (OCI
/// distribution spec) and digests (OCI image spec). Everything a registry or a configuration names
/// passes here before it becomes a path: a digest such as <c>sha256:../../etc/passwd</c> would
/// otherwise walk out of <c>/v2/NAME/blobs/</c>.
/// </summary>
public static partial class OciNames
{
    public static bool IsRepository(string name) => name.Length is > 0 and <= 255 && Repository().IsMatch(name);

    public static bool IsTag(string tag) => Tag().IsMatch(tag);

    /// <summary>
    /// <c>algorithm:encoded</c> by the image spec's grammar, with an algorithm Slipway knows and the
    /// length that algorithm gives (sha256: 64 lower-case hex digits, sha512: 128). A digest of an
    /// unknown algorithm cannot be checked, so it is not one.
    /// </summary>
    public static bool IsDigest(string digest)
    {
        if (!Digest().IsMatch(digest))
        {
            return false;
        }

        var colon = digest.IndexOf(':', StringComparison.Ordinal);
        var hex = digest[(colon + 1)..];
        return digest[..colon] switch
        {
            "sha256" => hex.Length == 64 && LowerHex().IsMatch(hex),
            "sha512" => hex.Length == 128 && LowerHex().IsMatch(hex),
            _ => false,
        };
    }

    /// <summary>What a message may quote of a name a server sent: short, whatever it sent.</summary>
    public static string Quote(string text) => text.Length > 80 ? text[..80] + "…" : text;

    [GeneratedRegex(@"^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$")]
    private static partial Regex Repository();

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$")]
    private static partial Regex Digest();

    [GeneratedRegex("^[a-f0-9]+$")]
    private static partial Regex LowerHex();
}
