using Slipway.Core.Configuration;
using Slipway.Core.Editing;
using Slipway.Core.Templates;

namespace Slipway.Core.References;

/// <summary>What one reference holds in one file: the values found, or the problem that prevented reading them.</summary>
public sealed record ReferenceReading(VersionReference Reference, string Path, IReadOnlyList<FoundValue> Values, string? Problem)
{
    public bool IsReadable => Problem is null;

    /// <summary>A missing optional file, or no match in one: nothing to check or to change.</summary>
    public bool IsAbsent => Problem is null && Values.Count == 0;
}

/// <summary>A value at a place in a file, and the version it implies under the reference's template.</summary>
public sealed record FoundValue(LocatedValue Located, int Line, int Column, VersionMatch? Implied)
{
    public string Text => Located.Value;
}
