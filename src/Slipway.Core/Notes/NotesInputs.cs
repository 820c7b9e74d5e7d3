using Slipway.Core.Configuration;
using Slipway.Core.Forges;
using Slipway.Core.Git;

namespace Slipway.Core.Notes;

/// <summary>What the notes are made from: the configuration, the repository, and what the caller already has.</summary>
/// <param name="Config">The loaded slipway.yaml.</param>
/// <param name="Git">The repository.</param>
public sealed record NotesInputs(SlipwayConfig Config, GitRunner Git)
{
    /// <summary>The tag listing when the caller started it already (<see cref="RangeResolver.StartListing"/>), else null.</summary>
    public Task<string>? TagListing { get; init; }

    /// <summary>The forge's knowledge of authors (logins, first contributions), when there is a token; else null.</summary>
    public IContributorSource? Contributors { get; init; }

    /// <summary>The forge's merged pull requests (current titles and labels), when there is a token; else null.</summary>
    public IMergedPullRequests? PullRequests { get; init; }

    /// <summary>These inputs with what the forge's client knows (null without a token: the notes are git's alone).</summary>
    public NotesInputs WithClient(IForge? client) => this with { Contributors = client?.Contributors, PullRequests = client?.MergedPullRequests };

    /// <summary>How many git logs may read a range that spans several releases at once (see <see cref="SegmentedHistory"/>); 1 reads every range whole.</summary>
    public int Segments { get; init; } = SegmentedHistory.DefaultSegments;

    /// <summary>The forge repository when the caller has resolved it already (it costs a git call), else null.</summary>
    public Lazy<ForgeRepository?>? Forge { get; init; }
}
