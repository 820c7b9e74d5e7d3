using Slipway.Core.Configuration;

namespace Slipway.Core.Api;

/// <summary>What a change means for the users of an API.</summary>
public enum FindingClass
{
    /// <summary>Existing objects, manifests or clients may stop working.</summary>
    Breaking,

    /// <summary>Nothing that worked stops working (a new optional field, a new version).</summary>
    Compatible,

    /// <summary>Only documentation or presentation changed (descriptions, printer columns, annotations).</summary>
    Cosmetic,

    /// <summary>A change no rule judges: someone has to.</summary>
    Unclassified,
}

/// <summary>crdify's three validators: the whole CRD, a version against the same version, served versions against each other.</summary>
public enum FindingGroup
{
    Crd,
    SameVersion,
    ServedVersions,
}

/// <summary>
/// One change of a CustomResourceDefinition, judged by a rule. <see cref="Crd"/> is <c>plural.group</c>;
/// <see cref="Version"/> the version (or <c>v1alpha1 -> v1beta1</c> for two served versions), null for
/// the whole CRD; <see cref="Path"/> the property (<c>.spec.agentRef.name</c>, <c>[*]</c> for list items
/// and map values) or the CRD field (<c>.spec.scope</c>). Old and new values are compact JSON.
/// </summary>
public sealed record Finding(string Rule, FindingClass Class, FindingGroup Group, string Crd, string? Version, string Path, string Message)
{
    public string? Old { get; init; }

    public string? New { get; init; }

    /// <summary>Where the change is: file:line in the newer revision (in the older one for what was removed).</summary>
    public string? Location { get; init; }

    /// <summary>How the gate enforces it, once the configuration has been applied.</summary>
    public FindingSeverity Severity { get; init; } = FindingSeverity.Info;

    /// <summary>The accepted finding's entry and reason (<c>api.allow[0]: …</c>), when the allow-list accepts it.</summary>
    public string? Allowed { get; init; }

    /// <summary>
    /// Whether only alpha API versions (v1alpha1) are affected: the version (or both of a pair) is
    /// alpha, or, for the whole CRD, every version it had was. Alpha APIs promise no stability.
    /// </summary>
    public bool AlphaOnly { get; init; }

    /// <summary><c>plural.group/version</c>, or <c>plural.group</c> for the whole CRD.</summary>
    public string Where => Version is null ? Crd : $"{Crd}/{Version}";

    /// <summary>Whether it fails the gate: an error that the allow-list does not accept.</summary>
    public bool Fails => Severity == FindingSeverity.Error && Allowed is null;
}
