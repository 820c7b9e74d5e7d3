namespace Slipway.EndToEnd.Tests.Support;

/// <summary>The checkout these tests belong to, found from the test binary's location.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Examples(string name) => System.IO.Path.Combine(Path, "examples", name);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Slipway.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("the tests must run from inside the Slipway checkout");
    }
}
