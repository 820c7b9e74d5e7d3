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

        var url = git.Run("remote", "get-url", "--end-of-options", settings.Remote);
        return url.Succeeded ? ForgeRepository.FromRemoteUrl(url.Output, settings.Url) : null;
    }
}
