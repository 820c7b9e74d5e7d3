using Slipway.Core.Versioning;

namespace Slipway.Core.Templates;

/// <summary>
/// What a piece of text implies under a template: a whole version, or only some of its parts
/// (a template with just <c>{major}.{minor}</c> implies "0.5.*").
/// </summary>
public sealed record VersionMatch(SemVersion? Version, string Description);
