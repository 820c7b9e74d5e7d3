namespace Slipway.EndToEnd.Tests.Support;

/// <summary>One <see cref="CrdHistory"/> repository for the tests of a class that only read it.</summary>
public sealed class SharedCrdHistory : IDisposable
{
    public TestRepository Repository { get; } = CrdHistory.Create();

    /// <summary>Writes another configuration next to slipway.yaml (untracked: the gate reads only the CRDs from git) and returns its name.</summary>
    public string Config(string name, string text)
    {
        Repository.Write(name, text);
        return name;
    }

    public void Dispose() => Repository.Dispose();
}
