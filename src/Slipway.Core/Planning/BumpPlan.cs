using Slipway.Core.Files;
using Slipway.Core.Versioning;

namespace Slipway.Core.Planning;

/// <summary>Every edit of a bump, computed and validated before the first byte is written.</summary>
public sealed record BumpPlan(
    SemVersion Target,
    IReadOnlyList<FileEdit> Edits,
    IReadOnlyList<ValueChange> Changes,
    IReadOnlyList<ValueChange> Unchanged,
    IReadOnlyList<SkippedReference> Skipped)
{
    public bool IsEmpty => Edits.Count == 0;
}
