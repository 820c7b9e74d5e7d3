using System.Runtime.CompilerServices;

namespace Slipway.EndToEnd.Tests.Support;

/// <summary>
/// Every git process these tests start, Slipway's own included (it runs in-process), ignores the
/// machine's global and system git configuration: a CI machine's signing or hooks settings must not
/// change what a test sees. Repositories get their identity from their own config.
/// </summary>
internal static class GitIsolation
{
    [ModuleInitializer]
    internal static void Isolate()
    {
        Environment.SetEnvironmentVariable("GIT_CONFIG_GLOBAL", "/dev/null");
        Environment.SetEnvironmentVariable("GIT_CONFIG_NOSYSTEM", "1");
        Environment.SetEnvironmentVariable("NO_COLOR", "1");
    }
}
