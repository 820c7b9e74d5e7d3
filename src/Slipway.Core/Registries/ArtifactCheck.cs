using System.Globalization;
using Slipway.Core.Configuration;
using Slipway.Core.Versioning;

namespace Slipway.Core.Registries;

/// <summary>
/// One artifact to check for one version: the rendered reference, parsed (images and charts), the
/// platforms an image must hold and the version a chart must declare.
/// </summary>
public sealed record ArtifactCheck(ArtifactKind Kind, string Reference, ImageReference? Image, IReadOnlyList<Platform> Platforms, string? ChartVersion, string? Problem)
{
    public static IReadOnlyList<ArtifactCheck> For(ArtifactSettings settings, SemVersion version, string tag) =>
        settings.Artifacts.Select(a => Create(a, Templates.Placeholders.For(version, tag))).ToList();

    public static ArtifactCheck Create(ArtifactSetting setting, IReadOnlyDictionary<string, string> values)
    {
        var reference = setting.Reference.Render(values);
        if (setting.Kind == ArtifactKind.Url)
        {
            return new ArtifactCheck(ArtifactKind.Url, reference, null, [], null, null);
        }

        // Helm writes '+' (SemVer build metadata) as '_' in tags, which may not hold '+'.
        if (!ImageReference.TryParse(setting.Kind == ArtifactKind.Chart ? reference.Replace('+', '_') : reference, out var image, out var error))
        {
            return new ArtifactCheck(setting.Kind, reference, null, setting.Platforms, null, $"not a valid reference: {error}");
        }

        var chartVersion = setting.Kind == ArtifactKind.Chart ? image.Tag?.Replace('_', '+') : null;
        return new ArtifactCheck(setting.Kind, reference, image, setting.Platforms, chartVersion, null);
    }
}
