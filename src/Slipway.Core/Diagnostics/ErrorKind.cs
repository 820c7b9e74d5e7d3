namespace Slipway.Core.Diagnostics;

/// <summary>One entry of the error catalogue: a stable code, the exit code it maps to, and a short title.</summary>
public sealed record ErrorKind(string Code, ExitCode Exit, string Title);
