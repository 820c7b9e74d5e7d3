namespace Slipway.Core.Notes;

/// <summary>The parts of the notes that a person writes: highlights (or the summary paragraph) and installation text.</summary>
public sealed record HandWrittenParts(string? Highlights, string? Installation);
