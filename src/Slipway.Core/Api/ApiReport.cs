using Slipway.Core.Configuration;

namespace Slipway.Core.Api;

/// <summary>
/// What the gate found between two revisions: every CRD that changed with its findings (judged by
/// the configuration; findings a rule's <c>none</c> severity drops are kept, marked off), the Go
/// types that changed while the CRDs did not, and the accepted findings that matched nothing.
/// </summary>
public sealed record ApiReport
{
    public required ApiRange Range { get; init; }

    /// <summary>Every CRD at either end that changed, by name.</summary>
    public required IReadOnlyList<CrdChange> Changes { get; init; }

    /// <summary>How many CRDs the newer revision has.</summary>
    public required int CrdCount { get; init; }

    public StaleCrds? Stale { get; init; }

    public FindingSeverity StaleSeverity { get; init; } = FindingSeverity.Warning;

    public IReadOnlyList<ApiAllowance> UnusedAllowances { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public IEnumerable<Finding> Findings => Changes.SelectMany(c => c.Findings);

    /// <summary>The findings a person should see: all but those configured off.</summary>
    public IEnumerable<Finding> Visible => Findings.Where(f => f.Severity != FindingSeverity.Off);

    /// <summary>Whether any CRD changed at all, in any way a rule sees (the upgrade table's Yes).</summary>
    public bool CrdsChanged => Changes.Any(c => c.Findings.Count > 0);
}

/// <summary>The two ends: how they were named (a tag, a revision; null for "no previous release") and their commits.</summary>
public sealed record ApiRange(string? From, string? FromCommit, string To, string ToCommit);

/// <summary>One CRD that changed: where it was and is (null where it is absent), its kind, and its findings.</summary>
public sealed record CrdChange(string Name, string? Kind, string? OldFile, string? NewFile, IReadOnlyList<Finding> Findings)
{
    public string Status => OldFile is null ? "added" : NewFile is null ? "removed" : "changed";
}

/// <summary>Go type sources that changed between the two ends while no CRD manifest did: <c>make manifests</c> was probably not run.</summary>
public sealed record StaleCrds(IReadOnlyList<string> ChangedTypes);
