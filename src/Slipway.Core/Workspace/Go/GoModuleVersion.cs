using Slipway.Core.Diagnostics;
using Slipway.Core.Versioning;

namespace Slipway.Core.Workspace.Go;

/// <summary>
/// A module path and a version as Go spells them in go.mod and go.sum (<c>github.com/bpfman/bpfman
/// v0.5.2</c>), checked by Go's rules: a canonical version, and a major version that agrees with the
/// path's <c>/vN</c> suffix (golang.org/x/mod/module.Check).
/// </summary>
public sealed record GoModuleVersion
{
    public GoModuleVersion(string path, string version)
    {
        Path = path;
        Version = version;
        if (Problem(path, version) is { } problem)
        {
            throw new SlipwayException(Errors.GoModuleUnhashable, $"{path} {version}: {problem}", "Go would refuse this module version, so no go.sum line can be written for it");
        }
    }

    public string Path { get; }

    public string Version { get; }

    /// <summary>The prefix of every file name in the module's zip, and so in its hash.</summary>
    public string ZipPrefix => $"{Path}@{Version}/";

    /// <summary>The path without its major-version suffix, and the suffix (<c>/v2</c>, or <c>.v3</c> for gopkg.in; empty for v0 and v1).</summary>
    public (string Prefix, string Major) SplitPath()
    {
        var gopkg = Path.StartsWith("gopkg.in/", StringComparison.Ordinal);
        var i = gopkg && Path.EndsWith("-unstable", StringComparison.Ordinal) ? Path.Length - "-unstable".Length : Path.Length;
        var end = i;
        while (i > 0 && char.IsAsciiDigit(Path[i - 1]))
        {
            i--;
        }

        var separator = gopkg ? '.' : '/';
        if (i < 2 || i == end || Path[i - 1] != 'v' || Path[i - 2] != separator)
        {
            return (Path, string.Empty);
        }

        var major = Path[(i - 2)..];
        var valid = gopkg ? Path[i] != '0' || major == ".v0" : Path[i] != '0' && major != "/v1";
        return valid ? (Path[..(i - 2)], major) : (Path, string.Empty);
    }

    private string? Problem(string path, string version)
    {
        if (path.Length == 0 || path.Contains(' ', StringComparison.Ordinal) || path.Contains('@', StringComparison.Ordinal))
        {
            return "not a module path";
        }

        if (!version.StartsWith('v') || !SemVersion.TryParse(version[1..], out var parsed))
        {
            return "not a semantic version with its 'v' (v1.2.3)";
        }

        var incompatible = parsed.Build == "incompatible";
        if (parsed.Build.Length > 0 && !incompatible)
        {
            return $"Go versions carry no build metadata ('+{parsed.Build}'); Go's canonical form is v{parsed.Major}.{parsed.Minor}.{parsed.Patch}{(parsed.IsPreRelease ? "-" + parsed.PreRelease : string.Empty)}";
        }

        var major = SplitPath().Major.Replace("-unstable", string.Empty, StringComparison.Ordinal);
        var versionMajor = $"v{parsed.Major}";
        if (major.Length == 0)
        {
            return parsed.Major <= 1 || incompatible ? null : $"a module path without a /v{parsed.Major} suffix has versions v0 or v1, not {versionMajor}";
        }

        if (version.StartsWith("v0.0.0-", StringComparison.Ordinal) && major == ".v1")
        {
            return null;
        }

        return major[1..] == versionMajor ? null : $"the path's major version {major[1..]} does not match {versionMajor}";
    }
}
