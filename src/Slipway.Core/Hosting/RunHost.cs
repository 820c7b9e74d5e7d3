namespace Slipway.Core.Hosting;

/// <summary>
/// What the GitHub client takes from the machine: environment variables, the time, a way to wait, and
/// where to trace its requests. Injected so tests give a fake server's address and a token without
/// touching the process environment, and wait for a rate limit without sleeping.
/// </summary>
public sealed record RunHost(Func<string, string?> Variable, Func<DateTimeOffset> Now, Action<TimeSpan> Sleep)
{
    /// <summary>The real environment, clock and sleep.</summary>
    public static RunHost System { get; } = new(Environment.GetEnvironmentVariable, () => DateTimeOffset.UtcNow, Thread.Sleep);

    /// <summary>Receives one line per request (method, path, status) for --verbose; never the token.</summary>
    public Action<string>? Trace { get; init; }
}
