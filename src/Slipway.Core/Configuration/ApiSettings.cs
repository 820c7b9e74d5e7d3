using Slipway.Core.Versioning;

namespace Slipway.Core.Configuration;

/// <summary>
/// <c>api:</c> — the Kubernetes API gate: which files hold the CustomResourceDefinitions, the upgrade
/// table, the Go types they are generated from, and how findings are judged.
/// </summary>
public sealed record ApiSettings
{
    /// <summary>Globs of the CRD manifests, relative to slipway.yaml.</summary>
    public required IReadOnlyList<string> Crds { get; init; }

    /// <summary>The file with the "Version History with CRD Changes" table, relative to slipway.yaml.</summary>
    public string? History { get; init; }

    /// <summary>
    /// The link the release notes give to the upgrade procedure, a template with the notes'
    /// placeholders; null: the history file on the forge at the release's tag.
    /// </summary>
    public string? UpgradeDocs { get; init; }

    /// <summary>Globs of the Go sources the CRDs are generated from.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>What CRDs that did not change while their Go types did are: a warning, or an error.</summary>
    public FindingSeverity Stale { get; init; } = FindingSeverity.Warning;

    /// <summary>The severity of changes no rule judges.</summary>
    public FindingSeverity Unclassified { get; init; } = FindingSeverity.Error;

    /// <summary>Severities by rule name, for the rule's breaking findings (off drops all of its findings).</summary>
    public IReadOnlyDictionary<string, FindingSeverity> Rules { get; init; } = new Dictionary<string, FindingSeverity>();

    /// <summary>Accepted findings: they are reported, but do not fail the gate.</summary>
    public IReadOnlyList<ApiAllowance> Allow { get; init; } = [];

    public ApiPolicy Policy { get; init; } = ApiPolicy.Default;

    public ApiBumpPolicy Bump { get; init; } = ApiBumpPolicy.Default;
}

/// <summary>How a finding is enforced: error fails the gate, warning and info are reported, off drops it.</summary>
public enum FindingSeverity
{
    Error,
    Warning,
    Info,
    Off,
}

/// <summary>
/// An accepted finding, matched by rule, CRD (<c>plural.group</c>, or <c>plural.group/version</c> for
/// one version) and property path; <see cref="Label"/> is where it is configured (<c>api.allow[2]</c>).
/// </summary>
public sealed record ApiAllowance(string Rule, string Crd, string Path, string Reason, string Label);

/// <summary>
/// The changes that crdify lets a project call compatible (its additionPolicy and removalPolicy);
/// like crdify, each is breaking unless configured otherwise.
/// </summary>
public sealed record ApiPolicy
{
    public static readonly ApiPolicy Default = new();

    public static IReadOnlyList<string> Keys { get; } = ["enum-addition", "nullable-addition", "pattern-removal"];

    /// <summary>A new allowed value of an enum: old clients may meet a value they do not know.</summary>
    public bool EnumAdditionBreaking { get; init; } = true;

    /// <summary>A field that now accepts null: old clients may meet a null they do not expect.</summary>
    public bool NullableAdditionBreaking { get; init; } = true;

    /// <summary>A pattern removed: old clients may meet values the pattern used to exclude.</summary>
    public bool PatternRemovalBreaking { get; init; } = true;
}

/// <summary>The smallest release that API changes allow: SemVer's rule, with the usual exceptions before 1.0.0 and for alpha APIs.</summary>
public sealed record ApiBumpPolicy
{
    public static readonly ApiBumpPolicy Default = new();

    public static IReadOnlyList<string> Keys { get; } = ["breaking", "breaking-before-1", "alpha", "compatible"];

    public BumpLevel Breaking { get; init; } = BumpLevel.Major;

    /// <summary>While the major version is 0 anything may change (SemVer 4): a breaking change needs only a minor release.</summary>
    public BumpLevel BreakingBeforeOne { get; init; } = BumpLevel.Minor;

    /// <summary>
    /// A breaking change confined to alpha API versions (v1alpha1), which promise no stability (the
    /// Kubernetes API versioning bpfman follows); null: as any breaking change.
    /// </summary>
    public BumpLevel? Alpha { get; init; }

    /// <summary>Compatible changes (a new optional field, a new version).</summary>
    public BumpLevel Compatible { get; init; } = BumpLevel.Patch;
}
