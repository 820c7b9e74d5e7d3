using Slipway.Core.Forges.GitHub;
using Slipway.Core.Hosting;

namespace Slipway.EndToEnd.Tests.Support;

/// <summary>
/// The GitHub host of an in-process run: only the environment variables the test gives (so a token
/// of the machine's, or a gh on its PATH, is never used) and a virtual clock that a sleep advances
/// instead of waiting. Every sleep is recorded.
/// </summary>
public sealed class TestHost
{
    private readonly List<TimeSpan> _sleeps = [];
    private TimeSpan _slept;

    public TestHost(IReadOnlyDictionary<string, string>? environment = null)
    {
        var variables = environment ?? new Dictionary<string, string>();
        var start = DateTimeOffset.UtcNow;
        Host = new RunHost(name => variables.GetValueOrDefault(name), () => start + _slept, wait =>
        {
            _sleeps.Add(wait);
            _slept += wait;
            OnSleep?.Invoke(_sleeps.Count);
        });
    }

    /// <summary>Runs after each sleep with the number of sleeps so far: what "meanwhile" happens in a test (CI publishes an image).</summary>
    public Action<int>? OnSleep { get; set; }

    public RunHost Host { get; }

    public IReadOnlyList<TimeSpan> Sleeps => _sleeps;
}
