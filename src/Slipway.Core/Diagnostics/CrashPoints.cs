namespace Slipway.Core.Diagnostics;

/// <summary>
/// Named places where a test can kill the process, to prove that resuming after a kill at any moment
/// gives the same result as an uninterrupted run. With SLIPWAY_CRASH_AT set to a point's name the
/// process sends itself SIGKILL there: no cleanup, no finally blocks, exactly like kill -9.
/// </summary>
public static class CrashPoints
{
    private static readonly string? Target = Environment.GetEnvironmentVariable("SLIPWAY_CRASH_AT");

    public static void Hit(string point)
    {
        if (Target is not null && string.Equals(Target, point, StringComparison.Ordinal))
        {
            System.Diagnostics.Process.GetCurrentProcess().Kill();
        }
    }
}
