namespace Slipway.Core.Init;

/// <summary>A Helm chart's version and appVersion (which sets the default image tag, often with a v).</summary>
internal static class HelmChartDetector
{
    public static void Detect(InitFiles files)
    {
        foreach (var file in files.Shallow.Where(f => InitFiles.Named(f, "Chart.yaml")))
        {
            files.Try(file, "yaml", "version", "the Helm chart's version (no v prefix, by Helm convention)");
            files.Try(file, "yaml", "appVersion", "the chart's appVersion, which sets the default image tag");
        }
    }
}
