using Slipway.Core.Editing;
using Slipway.Core.Editing.Locators;
using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Init;

/// <summary>
/// The image tags a kustomization sets (<c>images: [{name: controller, newTag: v0.5.7}]</c>): an
/// operator's release points its manager image at the release there (kubebuilder's
/// config/manager/kustomization.yaml). Each image is named by its <c>name</c>.
/// </summary>
internal static class KustomizeDetector
{
    private const int MaxDepth = 4;

    public static void Detect(InitFiles files)
    {
        foreach (var file in files.All.Where(f => (InitFiles.Named(f, "kustomization.yaml") || InitFiles.Named(f, "kustomization.yml")) && f.Count(c => c == '/') < MaxDepth))
        {
            foreach (var name in ImageNames(files.Text(file)))
            {
                files.Try(file, "yaml", $"images{new SelectSegment("name", name)}.newTag", $"the tag kustomize sets on the image {name}", listedWhenOther: false);
            }
        }
    }

    private static List<string> ImageNames(string? text)
    {
        if (text is null)
        {
            return [];
        }

        try
        {
            return YamlTreeReader.Read(text).OfType<MappingNode>()
                .SelectMany(d => d.Get("images")).OfType<SequenceNode>()
                .SelectMany(s => s.Items).OfType<MappingNode>()
                .SelectMany(i => i.Get("name")).OfType<ScalarNode>()
                .Select(n => n.Value)
                .Where(n => n.Length > 0 && !n.Contains(']', StringComparison.Ordinal))
                .ToList();
        }
        catch (LocateException)
        {
            return [];
        }
    }
}
