namespace Slipway.Core.Forges;

/// <summary>
/// The pull requests merged into the repository in a span of time, as the forge has them now: their
/// current titles (maintainers edit them after the merge, and git keeps the old one), their labels and
/// authors. The notes take a change's title and labels from here by its pull request's number.
/// </summary>
public interface IMergedPullRequests
{
    /// <summary>
    /// The pull requests merged from <paramref name="since"/> (null: from the start) to
    /// <paramref name="until"/>, by number; <see cref="MergedPullRequests.Complete"/> is false when the
    /// forge could give only part of them.
    /// </summary>
    MergedPullRequests Between(DateTimeOffset? since, DateTimeOffset until);
}

/// <summary>A merged pull request as the forge has it now.</summary>
public sealed record MergedPullRequest(int Number, string Title, IReadOnlyList<string> Labels, ForgeAuthor? Author);

/// <summary>The pull requests the forge (by its name: "GitHub") found, by number, and whether it found them all.</summary>
public sealed record MergedPullRequests(string Forge, IReadOnlyDictionary<int, MergedPullRequest> ByNumber, bool Complete);
