namespace Slipway.Core.Tests;

/// <summary>The checkout these tests belong to, found from the test binary's location: for tests that read the sources.</summary>
internal static class SourceTree
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Slipway.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("the tests must run from inside the Slipway checkout");
    }
}
