using Slipway.Core.Editing;
using Slipway.Core.Templates;

namespace Slipway.Core.Configuration;

/// <summary>One entry of <c>versions:</c>: a place (or, with a glob, places) where the release version is written.</summary>
public sealed record VersionReference
{
    /// <summary>Where the entry is in its list, for messages: <c>versions[3]</c>.</summary>
    public required string Label { get; init; }

    /// <summary>A single file, relative to the configuration's directory; null when <see cref="Glob"/> is used.</summary>
    public string? File { get; init; }

    /// <summary>A glob (<c>examples/**/kustomization.yaml</c>) applying the locator to every matching file.</summary>
    public string? Glob { get; init; }

    public required IVersionLocator Locator { get; init; }

    /// <summary>What the reference holds for a version; <c>{version}</c> unless configured.</summary>
    public required ValueTemplate Value { get; init; }

    public MatchCount Count { get; init; } = MatchCount.ExactlyOne;

    /// <summary>A missing file or no match is fine (a page that appears in a later release).</summary>
    public bool Optional { get; init; }

    public ReleaseFilter When { get; init; } = ReleaseFilter.Always;

    /// <summary>
    /// The name of another project whose version this reference carries (a go.mod require of an
    /// upstream released in step). Reserved for multi-repository releases; such references are
    /// reported but not bumped to this project's version.
    /// </summary>
    public string? Follows { get; init; }

    public required SourcePosition Position { get; init; }

    public string Target => File ?? Glob!;

    /// <summary>Holds the date it was set on (its value uses {date}): it says when, not which, so it is kept out of the versions' agreement.</summary>
    public bool IsDated => Value.Names.Contains("date");
}

/// <summary>Where something was written in the configuration file (1-based).</summary>
public readonly record struct SourcePosition(int Line, int Column);

/// <summary>Which releases touch a reference.</summary>
public enum ReleaseFilter
{
    Always,

    /// <summary>Only final releases, e.g. install docs that must keep pointing at the last final release.</summary>
    Final,

    /// <summary>Only pre-releases.</summary>
    PreRelease,
}
