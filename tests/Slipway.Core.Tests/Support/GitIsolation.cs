using System.Runtime.CompilerServices;

namespace Slipway.Core.Tests;

/// <summary>
/// Every git process these tests start, Slipway's own included, ignores the machine's global and
/// system git configuration: a signing or filter setting on a developer's machine must not change
/// what a test sees (or the bytes a module hash is computed from).
/// </summary>
internal static class GitIsolation
{
    [ModuleInitializer]
    internal static void Isolate()
    {
        Environment.SetEnvironmentVariable("GIT_CONFIG_GLOBAL", "/dev/null");
        Environment.SetEnvironmentVariable("GIT_CONFIG_NOSYSTEM", "1");
    }
}
