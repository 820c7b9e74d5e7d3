using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Git;
using Slipway.Core.Hosting;

namespace Slipway.Core.Forges.GitHub;

/// <summary>
/// The GitHub repository of the configuration and, when a token is found, a client for it. Made
/// once per command: the repository comes from forge.repository or the remote's URL, the token from
/// the environment or gh.
/// </summary>
public sealed class GitHubConnection
{
    private readonly Lazy<GitHubClient?> _client;

    private GitHubConnection(ForgeRepository? repository, Func<GitHubClient?> client)
    {
        Repository = repository;
        _client = new Lazy<GitHubClient?>(client);
    }

    public ForgeRepository? Repository { get; }

    /// <summary>A client, or null without a repository or a token. The token is looked for on first use.</summary>
    public GitHubClient? Client => _client.Value;

    public static GitHubConnection Open(SlipwayConfig config, GitRunner git, RunHost host)
    {
        var repository = ForgeResolver.Resolve(config.Forge, git);
        return new GitHubConnection(repository, () =>
        {
            if (repository is null || GitHubToken.Find(host) is not { } token)
            {
                return null;
            }

            return new GitHubClient(new GitHubHttp(GitHubEndpoint.ApiBase(config.Forge, host), token, host), repository);
        });
    }

    /// <summary>The repository, or an error that says how to name it.</summary>
    public ForgeRepository RequireRepository(string purpose) => Repository
        ?? throw new SlipwayException(Errors.NoGitHubRepository, $"the GitHub repository is not known, and it is needed to {purpose}",
            "set forge.repository: owner/name in slipway.yaml, or make the remote's URL a GitHub one");

    /// <summary>The client, or an error that says what is missing: <paramref name="purpose"/> completes "needs … to …".</summary>
    public GitHubClient Require(string purpose)
    {
        RequireRepository(purpose);
        return Client ?? throw new SlipwayException(Errors.NoGitHubToken, $"no GitHub token was found, and one is needed to {purpose}",
            "set GITHUB_TOKEN (or GH_TOKEN), or log in with 'gh auth login'; then run the command again ('slipway resume' in a release)");
    }
}
