using Slipway.Core.Configuration;
using Slipway.Core.Git;

namespace Slipway.Core.Forges;

/// <summary>The repository links point at: from the configuration, else from the remote's URL, else none.</summary>
public static class ForgeResolver
{
    public static ForgeRepository? Resolve(ForgeSettings settings, GitRunner git)
    {
        if (settings.Repository is { } configured)
        {
            return ForgeRepository.FromSetting(configured, settings.Url);
        }

        return new GitReader(git).RemoteUrl(settings.Remote) is { } url ? ForgeRepository.FromRemoteUrl(url, settings.Url) : null;
    }
}
