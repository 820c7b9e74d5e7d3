using System.Runtime.InteropServices;

namespace Slipway.Cli.Output;

/// <summary>
/// How many columns the terminal on standard output has. Asked of the kernel directly: System.Console's
/// WindowWidth first switches the terminal's keypad mode, which writes escape sequences to it.
/// </summary>
internal static partial class TerminalWidth
{
    private const int StandardOutput = 1;

    /// <summary>COLUMNS when it is set (as other tools honour it), else the terminal's width, else null.</summary>
    public static int? OfStandardOutput()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0)
        {
            return columns;
        }

        if (OperatingSystem.IsWindows())
        {
            return Console.IsOutputRedirected ? null : Console.WindowWidth;
        }

        var request = OperatingSystem.IsLinux() ? 0x5413UL : 0x40087468UL; // TIOCGWINSZ
        return Ioctl(StandardOutput, (nuint)request, out var size) == 0 && size.Columns > 0 ? size.Columns : null;
    }

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    private static partial int Ioctl(int descriptor, nuint request, out WindowSize size);

    [StructLayout(LayoutKind.Sequential)]
    private struct WindowSize
    {
        public ushort Rows;
        public ushort Columns;
        public ushort PixelWidth;
        public ushort PixelHeight;
    }
}
