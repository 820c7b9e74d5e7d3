using Slipway.Core.Diagnostics;

namespace Slipway.Core.Forges;

/// <summary>
/// The forge of a configuration: the repository that links point at (from forge.repository or the
/// remote's URL) and, when credentials are found, a client. The client is made on first use, so a
/// command that needs only links never looks for a token.
/// </summary>
/// <summary>Opens the forge of a configuration: the composition root picks the forge (GitHub).</summary>
public delegate ForgeAccess ForgeOpener(Configuration.SlipwayConfig config, Git.GitRunner git, Hosting.RunHost host);

public sealed class ForgeAccess(string name, ForgeRepository? repository, Func<IForge?> client, string credentialsHint)
{
    private readonly Lazy<IForge?> _client = new(client);

    /// <summary>No forge: links are left out and forge steps wait for a person.</summary>
    public static ForgeAccess None { get; } = new("forge", null, () => null, "configure forge: in slipway.yaml");

    public string Name => name;

    /// <summary>How to give the forge's credentials: "set GITHUB_TOKEN (or GH_TOKEN), or log in with 'gh auth login'".</summary>
    public string CredentialsHint => credentialsHint;

    public ForgeRepository? Repository => repository;

    /// <summary>A client, or null without a repository or credentials.</summary>
    public IForge? Client => _client.Value;

    /// <summary>The same forge with its client seen through <paramref name="wrap"/> (a release reports every write it makes).</summary>
    public ForgeAccess Through(Func<IForge, IForge> wrap) => new(name, repository, () => Client is { } forge ? wrap(forge) : null, credentialsHint);

    /// <summary>The repository, or an error that says how to name it.</summary>
    public ForgeRepository RequireRepository(string purpose) => Repository
        ?? throw new SlipwayException(Errors.NoForgeRepository, $"the {name} repository is not known, and it is needed to {purpose}",
            $"set forge.repository: owner/name in slipway.yaml, or make the remote's URL a {name} one");

    /// <summary>The client, or an error that says what is missing: <paramref name="purpose"/> completes "needs … to …".</summary>
    public IForge Require(string purpose)
    {
        RequireRepository(purpose);
        return Client ?? throw new SlipwayException(Errors.NoForgeToken, $"no {name} token was found, and one is needed to {purpose}",
            $"{credentialsHint}; then run the command again ('slipway resume' in a release)");
    }
}
