using System.Diagnostics;
using Slipway.Core.Hosting;

namespace Slipway.Core.Forges.GitHub;

/// <summary>
/// A GitHub token. It is kept out of every text Slipway writes: <see cref="ToString"/> hides it, and
/// <see cref="Redact"/> removes it from anything that came back from the server.
/// </summary>
public sealed class GitHubToken
{
    private readonly string _value;

    private GitHubToken(string value, string source)
    {
        _value = value;
        Source = source;
    }

    /// <summary>Where the token came from (GITHUB_TOKEN, GH_TOKEN, gh auth token), for messages.</summary>
    public string Source { get; }

    internal string Value => _value;

    public override string ToString() => "***";

    /// <summary><paramref name="text"/> with every occurrence of the token replaced by ***.</summary>
    public string Redact(string text) => text.Replace(_value, "***", StringComparison.Ordinal);

    /// <summary>GITHUB_TOKEN, then GH_TOKEN, then what <c>gh auth token</c> prints when gh is on PATH; null if none.</summary>
    public static GitHubToken? Find(RunHost host)
    {
        foreach (var name in (string[])["GITHUB_TOKEN", "GH_TOKEN"])
        {
            if (host.Variable(name)?.Trim() is { Length: > 0 } value)
            {
                return new GitHubToken(value, name);
            }
        }

        return FromGhCli(host) is { } fromGh ? new GitHubToken(fromGh, "gh auth token") : null;
    }

    // gh keeps its token in the system keyring; asking gh is how a person who ran 'gh auth login'
    // gets a token without exporting one. A missing, logged-out or hanging gh means no token.
    private static string? FromGhCli(RunHost host)
    {
        var gh = (host.Variable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "gh"))
            .FirstOrDefault(File.Exists);
        if (gh is null)
        {
            return null;
        }

        var info = new ProcessStartInfo(gh, ["auth", "token"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.Environment["GH_PROMPT_DISABLED"] = "1";
        try
        {
            using var process = Process.Start(info)!;
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            return process.ExitCode == 0 && output.GetAwaiter().GetResult().Trim() is { Length: > 0 } token ? token : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // not executable
        }
    }
}
