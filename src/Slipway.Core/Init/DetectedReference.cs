namespace Slipway.Core.Init;

/// <summary>A version reference that <c>init</c> found: the entry it will write and the value the file holds now.</summary>
public sealed record DetectedReference(string File, string Kind, string Argument, string? ValueTemplate, string CurrentValue, string Why);
