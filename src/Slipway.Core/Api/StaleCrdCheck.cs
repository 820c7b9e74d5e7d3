using Slipway.Core.Api.Snapshots;
using Slipway.Core.Git;

namespace Slipway.Core.Api;

/// <summary>
/// CRDs are generated from Go types (controller-gen, by <c>make manifests</c> or <c>update-crds</c>):
/// when a type source changed between two revisions and no CRD manifest did, the generator was
/// probably not run, and the release would ship CRDs that do not match the code.
/// </summary>
public static class StaleCrdCheck
{
    public static StaleCrds? Find(ApiTree old, ApiTree @new)
    {
        if (old.Commit.Length == 0 || (old.TypeFiles.Count == 0 && @new.TypeFiles.Count == 0))
        {
            return null;
        }

        var changedTypes = Changed(old.TypeFiles, @new.TypeFiles);
        return changedTypes.Count > 0 && Changed(old.CrdFiles, @new.CrdFiles).Count == 0 ? new StaleCrds(changedTypes) : null;
    }

    /// <summary>Paths added, removed or with other content.</summary>
    private static List<string> Changed(IReadOnlyList<TreeBlob> before, IReadOnlyList<TreeBlob> after)
    {
        var was = before.ToDictionary(b => b.Path, b => b.ObjectId, StringComparer.Ordinal);
        var now = after.ToDictionary(b => b.Path, b => b.ObjectId, StringComparer.Ordinal);
        return was.Keys.Union(now.Keys)
            .Where(path => !was.TryGetValue(path, out var a) || !now.TryGetValue(path, out var b) || a != b)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
