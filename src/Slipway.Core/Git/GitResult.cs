namespace Slipway.Core.Git;

/// <summary>The outcome of one git invocation.</summary>
public sealed record GitResult(IReadOnlyList<string> Arguments, int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;

    public string CommandLine => "git " + string.Join(' ', Arguments);
}
