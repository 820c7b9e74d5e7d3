namespace Slipway.EndToEnd.Tests.Support;

/// <summary>What one run of slipway printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";

    public CliResult ShouldSucceed()
    {
        ExitCode.ShouldBe(0, ToString());
        return this;
    }

    public CliResult ShouldExit(int code)
    {
        ExitCode.ShouldBe(code, ToString());
        return this;
    }
}
