using System.Text.RegularExpressions;

namespace Slipway.Core.Configuration;

/// <summary><c>audit:</c> — paths (globs) that <c>slipway audit</c> does not search, and lines within files it does not flag.</summary>
public sealed record AuditSettings(IReadOnlyList<string> Ignore)
{
    public static readonly AuditSettings Default = new([]);

    /// <summary>Rules <c>{path, line}</c>: an occurrence on a line that matches <c>line</c>, in a file that matches <c>path</c>, is not flagged.</summary>
    public IReadOnlyList<AuditLineRule> IgnoreLines { get; init; } = [];
}

/// <summary>
/// Lines of some files that name versions of other things: <c>Cargo.lock</c> package entries, a
/// <c>"left-pad": "1.2.3"</c> dependency. <see cref="Path"/> is a glob (every file when it is <c>**</c>).
/// </summary>
public sealed record AuditLineRule(string Path, Regex Line);
