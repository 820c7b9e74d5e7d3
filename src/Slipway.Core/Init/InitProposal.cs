using Slipway.Core.Versioning;

namespace Slipway.Core.Init;

/// <summary>
/// What <c>init</c> proposes: the project's current version, the references that hold it, the
/// version files found at other versions (which releases do not seem to change), and the other
/// places that hold the version (what <c>audit</c> would find), each with a suggested locator.
/// </summary>
public sealed record InitProposal(
    SemVersion? Version,
    IReadOnlyList<DetectedReference> References,
    IReadOnlyList<DetectedReference> LeftOut,
    IReadOnlyList<InitCandidate> Candidates,
    int MoreCandidates);

/// <summary>
/// An occurrence of the current version that no proposed reference covers: its place and line, and
/// the locator that would manage it (null when none finds exactly it). One pattern repeated across
/// many files is one candidate with a <see cref="Glob"/>, whose <see cref="Places"/> are every line it covers.
/// </summary>
public sealed record InitCandidate(string File, int Line, string Text, string? Kind, string? Argument, string? ValueTemplate, int Count)
{
    public string? Locator => Kind is null ? null : $"{Kind}: {Argument}";

    /// <summary>For a pattern across files: the glob (the entry is then <c>files:</c>, <c>count: any</c>, <c>optional: true</c>).</summary>
    public string? Glob { get; init; }

    public IReadOnlyList<(string File, int Line)> Places { get; init; } = [];
}
