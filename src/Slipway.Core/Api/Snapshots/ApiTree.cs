using Slipway.Core.Configuration;
using Slipway.Core.Files;
using Slipway.Core.Git;

namespace Slipway.Core.Api.Snapshots;

/// <summary>
/// The files of one revision the gate looks at, from git's objects (never the work tree): the CRD
/// manifests and the Go type sources, each with its blob id and its path relative to slipway.yaml.
/// </summary>
public sealed record ApiTree(string Commit, string Label, IReadOnlyList<TreeBlob> CrdFiles, IReadOnlyList<TreeBlob> TypeFiles);

/// <summary>Lists the <see cref="ApiTree"/> of a revision from its tree objects, limited to the globs' directories.</summary>
public sealed class ApiTreeReader
{
    private readonly ObjectBatch _git;
    private readonly string _prefix;
    private readonly IReadOnlyList<Glob> _crds;
    private readonly IReadOnlyList<Glob> _types;
    private readonly string[] _directories;

    /// <param name="prefix">The configuration's directory inside the repository ("" at the root, else ending in '/').</param>
    public ApiTreeReader(ObjectBatch git, string prefix, ApiSettings settings)
    {
        _git = git;
        _prefix = prefix;
        _crds = settings.Crds.Select(g => new Glob(g)).ToList();
        _types = settings.Types.Select(g => new Glob(g)).ToList();
        var bases = _crds.Concat(_types).Select(g => prefix + g.BaseDirectory).ToList();
        // One glob that may match anywhere means the whole tree (below the configuration's directory).
        _directories = bases.Any(b => b.Length == 0) ? [] : bases.Select(b => b.TrimEnd('/')).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <param name="commit">A commit id.</param>
    /// <param name="label">How messages name the revision (a tag, or a short id).</param>
    public ApiTree Read(string commit, string label)
    {
        var crds = new List<TreeBlob>();
        var types = new List<TreeBlob>();
        foreach (var blob in _git.BlobsAt(commit, _directories))
        {
            if (!blob.Path.StartsWith(_prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var relative = blob with { Path = blob.Path[_prefix.Length..] };
            if (_crds.Any(g => g.IsMatch(relative.Path)))
            {
                crds.Add(relative);
            }
            else if (_types.Any(g => g.IsMatch(relative.Path)))
            {
                types.Add(relative);
            }
        }

        crds.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new ApiTree(commit, label, crds, types);
    }
}
