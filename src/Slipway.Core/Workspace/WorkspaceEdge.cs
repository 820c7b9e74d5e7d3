using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Workspace;

/// <summary>Why a repository waits for another, and where that is written: an <c>after:</c> name or a <c>follows:</c> reference.</summary>
internal sealed record WorkspaceEdge(string Downstream, string Upstream, string Cause, string File, SourcePosition Position)
{
    public static WorkspaceEdge After(string downstream, NameReference upstream, string file) =>
        new(downstream, upstream.Name, $"{downstream} is after {upstream.Name}", file, upstream.Position);

    public static WorkspaceEdge Follows(string downstream, VersionReference reference, string file) =>
        new(downstream, reference.Follows!, $"{downstream}'s {reference.Label} follows {reference.Follows}", file, reference.Position);

    public string Place => $"{File}:{Position.Line}:{Position.Column}";

    public Diagnostic Error(string message) => new(File, Position.Line, Position.Column, message);
}
