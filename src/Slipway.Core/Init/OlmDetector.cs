using System.Text.RegularExpressions;
using Slipway.Core.Editing;
using Slipway.Core.Editing.Locators;
using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Init;

/// <summary>
/// An operator's OLM ClusterServiceVersion: its name carries the version (<c>op.v0.5.7</c>), and so
/// do spec.version and, often, the containerImage annotation and the images of the deployments it
/// installs. Bundles archived per version
/// (a directory named after a version) are history, not places a release changes.
/// </summary>
internal static partial class OlmDetector
{
    public static void Detect(InitFiles files)
    {
        foreach (var file in files.All.Where(f => f.EndsWith(".clusterserviceversion.yaml", StringComparison.Ordinal) && !ArchivedBundle().IsMatch(f)))
        {
            files.Try(file, "yaml", "metadata.name", "the ClusterServiceVersion's name, which carries the version");
            files.Try(file, "yaml", "spec.version", "the ClusterServiceVersion's version");
            files.Try(file, "yaml", "metadata.annotations.containerImage", "the operator image the bundle installs");
            foreach (var path in ContainerImages(files.Text(file)))
            {
                files.Try(file, "yaml", path, "the image of a container the bundle deploys", listedWhenOther: false);
            }
        }
    }

    // spec.install.spec.deployments[*].spec.template.spec.containers[*].image, each by the path that names it.
    private static IEnumerable<string> ContainerImages(string? text)
    {
        IReadOnlyList<SpanNode> documents;
        try
        {
            documents = text is null ? [] : YamlTreeReader.Read(text);
        }
        catch (LocateException)
        {
            yield break;
        }

        var images = documents.OfType<MappingNode>()
            .SelectMany(d => Children(d, "spec", "install", "spec", "deployments")).OfType<SequenceNode>().SelectMany(s => s.Items).OfType<MappingNode>()
            .SelectMany(d => Children(d, "spec", "template", "spec", "containers")).OfType<SequenceNode>().SelectMany(s => s.Items).OfType<MappingNode>()
            .SelectMany(c => c.Get("image")).OfType<ScalarNode>();
        foreach (var image in images)
        {
            if (TreePath.At(documents, image.Span.Start) is { } path)
            {
                yield return path.ToString();
            }
        }
    }

    private static IEnumerable<SpanNode> Children(MappingNode node, params string[] keys)
    {
        IEnumerable<SpanNode> current = [node];
        foreach (var key in keys)
        {
            current = current.OfType<MappingNode>().SelectMany(m => m.Get(key));
        }

        return current;
    }

    [GeneratedRegex(@"(^|/)v?[0-9]+\.[0-9]+\.[0-9]+[^/]*/")]
    private static partial Regex ArchivedBundle();
}
