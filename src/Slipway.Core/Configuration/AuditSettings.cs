namespace Slipway.Core.Configuration;

/// <summary><c>audit:</c> — paths (globs) that <c>slipway audit</c> does not search.</summary>
public sealed record AuditSettings(IReadOnlyList<string> Ignore)
{
    public static readonly AuditSettings Default = new([]);
}
