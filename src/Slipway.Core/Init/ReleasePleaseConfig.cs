using System.Text.Json;

namespace Slipway.Core.Init;

/// <summary>
/// The files whose marked lines release-please rewrites: the <c>extra-files</c> its
/// <c>release-please-config.json</c> lists (as paths, or <c>{"type": "generic", "path": …}</c>),
/// for every package and for all of them at the top, relative to the package's directory unless
/// they start with '/'. Markers anywhere else (a test fixture, a page that documents them) are not
/// release-please's to rewrite, and not a maintainer's reference either.
/// </summary>
internal static class ReleasePleaseConfig
{
    public const string File = "release-please-config.json";

    /// <summary>The listed files, relative to the repository's root; null when there is no configuration it can read.</summary>
    public static IReadOnlyList<string>? ExtraFiles(InitFiles files)
    {
        if (files.Text(File) is not { } text)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("packages", out var packages) || packages.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var shared = Listed(root);
            var found = new List<string>();
            foreach (var package in packages.EnumerateObject())
            {
                var directory = package.Name.Trim('/') is "." or "" ? string.Empty : package.Name.Trim('/') + "/";
                found.AddRange(shared.Concat(Listed(package.Value)).Select(path => path.StartsWith('/') ? path[1..] : directory + path));
            }

            return found.Distinct(StringComparer.Ordinal).ToList();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Listed(JsonElement owner)
    {
        if (owner.ValueKind != JsonValueKind.Object || !owner.TryGetProperty("extra-files", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var entry in list.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.String && entry.GetString() is { Length: > 0 } path)
            {
                yield return path;
            }
            else if (entry.ValueKind == JsonValueKind.Object
                && (!entry.TryGetProperty("type", out var type) || type.ValueKind == JsonValueKind.String && type.GetString() == "generic")
                && entry.TryGetProperty("path", out var given) && given.ValueKind == JsonValueKind.String && given.GetString() is { Length: > 0 } generic)
            {
                yield return generic;
            }
        }
    }
}
