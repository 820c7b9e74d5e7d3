namespace Slipway.Core.Audit;

/// <summary>An occurrence of the current version that no reference covers.</summary>
public sealed record AuditFinding(string Path, int Line, int Column, string Token, string LineText);

/// <summary>The outcome of an audit, with the figures that show how much it read.</summary>
public sealed record AuditResult(string Version, string Tag, IReadOnlyList<AuditFinding> Findings, int FilesSearched, int FilesSkipped, int Covered);
