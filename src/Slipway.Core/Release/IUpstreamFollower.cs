using Slipway.Core.Release.Actions;

namespace Slipway.Core.Release;

/// <summary>
/// The seam through which a workspace gives a downstream repository's release the edits of its
/// <c>follows:</c> references (and the Go sums that go with them). The workspace knows the upstream
/// repositories; the release only applies what it is given, through its own repository view, so a
/// dry run records these edits like any other.
/// </summary>
public interface IUpstreamFollower
{
    /// <summary>The edits, planned from the repository as <paramref name="context"/> sees it; null when every reference already holds its upstream's version.</summary>
    EditFiles? Plan(ReleaseContext context);
}
