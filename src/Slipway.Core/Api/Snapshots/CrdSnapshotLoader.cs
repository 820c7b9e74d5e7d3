using System.Collections.Concurrent;
using System.Text.Unicode;
using Slipway.Core.Api.Crds;
using Slipway.Core.Api.Manifests;
using Slipway.Core.Diagnostics;
using Slipway.Core.Git;

namespace Slipway.Core.Api.Snapshots;

/// <summary>
/// Reads the CRDs of several revisions at once: every blob the revisions hold is read through one
/// <c>git cat-file --batch</c> and parsed once, however many revisions share it (an unchanged file is
/// then the very same objects at both ends, and compares in no time), with the parsing spread over
/// the machine's cores and started for each file while git still inflates the next.
/// </summary>
public sealed class CrdSnapshotLoader(ObjectBatch git)
{
    private readonly ConcurrentDictionary<(string Path, string Blob), IReadOnlyList<CustomResourceDefinition>> _parsed = new();

    /// <exception cref="SlipwayException">SW360 for a manifest that is not YAML; SW361 for a CRD defined twice, differently.</exception>
    public IReadOnlyList<CrdSnapshot> Load(IReadOnlyList<ApiTree> trees)
    {
        var wanted = trees.SelectMany(t => t.CrdFiles.Where(f => !f.IsSymbolicLink).Select(f => (File: f, Tree: t)))
            .DistinctBy(x => (x.File.Path, x.File.ObjectId))
            .Where(x => !_parsed.ContainsKey((x.File.Path, x.File.ObjectId)))
            .ToList();
        // Each file is parsed as soon as it is read, while git inflates the next one.
        var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var parsing = new List<Task>(wanted.Count);
        foreach (var (file, tree) in wanted)
        {
            if (!contents.TryGetValue(file.ObjectId, out var bytes))
            {
                bytes = git.ReadBlobs([file.ObjectId])[file.ObjectId];
                contents.Add(file.ObjectId, bytes);
            }

            parsing.Add(Task.Run(() => _parsed[(file.Path, file.ObjectId)] = Parse(file, bytes, tree.Label)));
        }

        try
        {
            Task.WaitAll(parsing);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is SlipwayException))
        {
            // Several files may be broken; the one that comes first by name is reported, whichever thread met it first.
            throw e.InnerExceptions.Cast<SlipwayException>().MinBy(i => i.Message, StringComparer.Ordinal)!;
        }
        return trees.Select(Snapshot).ToList();
    }

    private CrdSnapshot Snapshot(ApiTree tree)
    {
        var crds = new Dictionary<string, CustomResourceDefinition>(StringComparer.Ordinal);
        var warnings = new List<string>();
        foreach (var file in tree.CrdFiles)
        {
            if (file.IsSymbolicLink)
            {
                warnings.Add($"{file.Path} is a symbolic link at {tree.Label}; the gate reads only the files a commit holds, and does not follow it");
                continue;
            }

            foreach (var crd in _parsed[(file.Path, file.ObjectId)])
            {
                if (!crds.TryAdd(crd.Name, crd) && !crds[crd.Name].Manifest.SameAs(crd.Manifest))
                {
                    throw new SlipwayException(Errors.CrdDefinedTwice, $"{crd.Name} is defined differently in {crds[crd.Name].File} and {crd.File} at {tree.Label}",
                        "keep the copies in step (regenerate them), or narrow api.crds to one of them");
                }
            }
        }

        return new CrdSnapshot(tree, crds, warnings);
    }

    private static List<CustomResourceDefinition> Parse(TreeBlob file, byte[] bytes, string label)
    {
        // The UTF-8 bytes are read as they are, not decoded into a string: the trees keep the blob
        // (their long texts point into it) and their own short strings.
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        if (!Utf8.IsValid(bytes.AsSpan(start)))
        {
            throw Unreadable($"{file.Path} at {label} is not UTF-8 text");
        }

        try
        {
            return CrdReader.Read(ManifestParser.Parse(bytes, start), file.Path).ToList();
        }
        catch (ManifestException e)
        {
            throw Unreadable($"{file.Path}:{e.Line}:{e.Column} at {label}: {e.Message}");
        }
    }

    private static SlipwayException Unreadable(string detail) =>
        new(Errors.CrdUnreadable, $"a CRD manifest cannot be read: {detail}", "fix the file (or narrow api.crds so that it matches only CRD manifests)");
}
