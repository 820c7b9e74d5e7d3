namespace Slipway.Core.Diagnostics;

/// <summary>A problem at a place in a file, reported as <c>file:line:col: message</c> (1-based).</summary>
public sealed record Diagnostic(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
