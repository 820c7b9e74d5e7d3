using Slipway.Core.Api.Manifests;

namespace Slipway.Core.Api.Crds;

/// <summary>
/// One CustomResourceDefinition as a revision holds it: its name (<c>plural.group</c>), where it is,
/// and its versions. The manifest itself is kept whole, so that rules read what they judge and any
/// change no rule judges can still be found.
/// </summary>
public sealed record CustomResourceDefinition(string Name, string File, int Line, ManifestMap Manifest, ManifestMap Spec, IReadOnlyList<CrdVersion> Versions)
{
    public string? Group => Spec.Text("group");

    public ManifestMap? Names => Spec.Map("names");

    public string? Kind => Names?.Text("kind");

    /// <summary>The versions whose objects etcd may hold: <c>status.storedVersions</c> when the manifest has it.</summary>
    public IReadOnlyList<string> StoredVersions { get; init; } = [];

    public string Location(int line) => $"{File}:{line}";

    public CrdVersion? Version(string name) => Versions.FirstOrDefault(v => v.Name == name);

    public CrdVersion? StorageVersion => Versions.FirstOrDefault(v => v.Storage);
}

/// <summary>
/// One entry of <c>spec.versions</c>. For a v1beta1 CRD, the schema, subresources and printer columns
/// given once for the whole CRD apply to each version, as the API server applies them.
/// </summary>
public sealed record CrdVersion(string Name, bool Served, bool Storage, ManifestMap Entry)
{
    public ManifestMap? Schema { get; init; }

    public ManifestMap? Subresources { get; init; }

    public ManifestNode? PrinterColumns { get; init; }

    public int Line => Entry.Line;
}
