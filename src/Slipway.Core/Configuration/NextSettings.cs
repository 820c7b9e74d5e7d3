namespace Slipway.Core.Configuration;

/// <summary>The <c>next:</c> section: how commits decide the next version.</summary>
public sealed record NextSettings
{
    public static readonly NextSettings Default = new();

    /// <summary>While the major version is 0, a breaking change bumps the minor version (SemVer 4: anything may change).</summary>
    public bool BreakingBumpsMinorBeforeOne { get; init; } = true;
}
