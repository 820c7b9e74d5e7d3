using Slipway.Core.Api.Manifests;

namespace Slipway.Core.Api.Crds;

/// <summary>
/// Finds the CustomResourceDefinitions among a file's documents (a <c>List</c>'s items included);
/// every other document (a Deployment, a kustomization) is skipped.
/// </summary>
public static class CrdReader
{
    /// <exception cref="ManifestException">A CRD document without a name.</exception>
    public static IEnumerable<CustomResourceDefinition> Read(IEnumerable<ManifestNode?> documents, string file)
    {
        foreach (var document in documents.OfType<ManifestMap>())
        {
            if (document.Text("kind") == "List" && document.List("items") is { } items)
            {
                foreach (var item in items.Items.OfType<ManifestMap>().Where(IsCrd))
                {
                    yield return Build(item, file);
                }
            }
            else if (IsCrd(document))
            {
                yield return Build(document, file);
            }
        }
    }

    private static bool IsCrd(ManifestMap document) =>
        document.Text("kind") == "CustomResourceDefinition" && document.Text("apiVersion") is { } api && api.StartsWith("apiextensions.k8s.io/", StringComparison.Ordinal);

    private static CustomResourceDefinition Build(ManifestMap document, string file)
    {
        var spec = document.Map("spec") ?? ManifestMap.Empty(document.Line);
        var fromSpec = spec.Map("names") is { } names && names.Text("plural") is { } plural && spec.Text("group") is { } group ? $"{plural}.{group}" : null;
        var name = document.Map("metadata")?.Text("name") ?? fromSpec
            ?? throw new ManifestException(document.Line, 1, "a CustomResourceDefinition without a name (metadata.name, or spec.names.plural and spec.group)");
        var stored = document.Map("status")?.List("storedVersions")?.Items.OfType<ManifestScalar>().Select(s => s.Value).ToList() ?? [];
        return new CustomResourceDefinition(name, file, document.Line, document, spec, Versions(spec).ToList()) { StoredVersions = stored };
    }

    private static IEnumerable<CrdVersion> Versions(ManifestMap spec)
    {
        var sharedSchema = spec.Map("validation")?.Map("openAPIV3Schema");
        var sharedSubresources = spec.Map("subresources");
        var sharedColumns = spec["additionalPrinterColumns"];
        if (spec.List("versions") is not { } versions)
        {
            // apiextensions.k8s.io/v1beta1 with the single 'version' field.
            if (spec.Text("version") is { } only)
            {
                var entry = ManifestMap.Empty(spec.Line);
                yield return new CrdVersion(only, true, true, entry) { Schema = sharedSchema, Subresources = sharedSubresources, PrinterColumns = sharedColumns };
            }

            yield break;
        }

        foreach (var entry in versions.Items.OfType<ManifestMap>())
        {
            if (entry.Text("name") is not { } name)
            {
                continue;
            }

            yield return new CrdVersion(name, entry.Flag("served"), entry.Flag("storage"), entry)
            {
                Schema = entry.Map("schema")?.Map("openAPIV3Schema") ?? sharedSchema,
                Subresources = entry.Map("subresources") ?? sharedSubresources,
                PrinterColumns = entry["additionalPrinterColumns"] ?? sharedColumns,
            };
        }
    }
}
