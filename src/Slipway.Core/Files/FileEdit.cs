namespace Slipway.Core.Files;

/// <summary>A planned change of one file: its bytes before and after.</summary>
public sealed record FileEdit(string Path, byte[] OriginalBytes, byte[] NewBytes, string OriginalText, string NewText);

/// <summary>One value that changes: where it is, what it holds and what it will hold.</summary>
public sealed record ValueChange(string Label, string Path, int Line, int Column, string OldValue, string NewValue);

/// <summary>A reference a bump leaves alone, and why (<c>when: final</c> during a pre-release, <c>follows</c>).</summary>
public sealed record SkippedReference(string Label, string Path, string Reason);
