using Slipway.Core.Api.Crds;

namespace Slipway.Core.Api.Snapshots;

/// <summary>The CustomResourceDefinitions of one revision by name, and what could not be read as one (a symbolic link).</summary>
public sealed record CrdSnapshot(ApiTree Tree, IReadOnlyDictionary<string, CustomResourceDefinition> Crds, IReadOnlyList<string> Warnings);
