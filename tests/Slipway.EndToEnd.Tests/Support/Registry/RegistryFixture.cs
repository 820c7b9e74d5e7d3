namespace Slipway.EndToEnd.Tests.Support.Registry;

/// <summary>
/// One loopback registry per test collection, loaded once through skopeo: a two-platform image, a
/// single-platform image, a Helm chart and a chart that declares the wrong version. The layout also
/// holds an image ("late") that tests push while a wait is running.
/// </summary>
public sealed class RegistryFixture : IDisposable
{
    public RegistryFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "slipway-oci-" + Guid.NewGuid().ToString("N")[..10]);
        Layout = new OciLayout(Path.Combine(Directory, "layout"));
        MultiArchIndex = Layout.AddIndex("multi", "app", "linux/amd64", "linux/arm64");
        SingleArchManifest = Layout.AddImage("single", "single", "linux/amd64");
        ChartManifest = Layout.AddChart("chart", "app", "0.1.0");
        Layout.AddChart("wrong-chart", "app", "0.0.9");
        Layout.AddIndex("late", "late", "linux/amd64", "linux/arm64");
        Registry = RegistryServer.Start(directory: Path.Combine(Directory, "registry"));
        Parallel.ForEach(
            [("multi", "demo/app:v0.1.0"), ("single", "demo/single:v0.1.0"), ("chart", "charts/app:0.1.0"), ("wrong-chart", "charts/wrong:0.1.0")],
            push => Registry.Push(Layout.Directory, push.Item1, push.Item2));
    }

    public string Directory { get; }

    public OciLayout Layout { get; }

    public RegistryServer Registry { get; }

    public string MultiArchIndex { get; }

    public string SingleArchManifest { get; }

    public string ChartManifest { get; }

    public void Dispose()
    {
        Registry.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // a temporary directory left behind is not a test failure
        }
    }
}

[CollectionDefinition(Name)]
public sealed class LoopbackRegistry : ICollectionFixture<RegistryFixture>
{
    public const string Name = "loopback registry";
}
