namespace Slipway.Core.Git;

/// <summary>The outcome of one git invocation.</summary>
public sealed record GitResult(IReadOnlyList<string> Arguments, int ExitCode, string Output, string Error)
{
    /// <summary>git closed its standard input before it had read all that was given: it did not do what was asked.</summary>
    public bool InputRefused { get; init; }

    public bool Succeeded => ExitCode == 0 && !InputRefused;

    public string CommandLine => "git " + string.Join(' ', Arguments);
}
