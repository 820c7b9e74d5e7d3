using Slipway.Core.Hosting;
using Slipway.Core.Registries;

namespace Slipway.Cli.Output;

/// <summary>
/// Progress of <c>slipway artifacts --wait</c> on standard error: one line rewritten in place on a
/// terminal, one plain line per round otherwise (CI logs).
/// </summary>
internal sealed class ArtifactProgressWriter(TextWriter error, bool terminal) : IArtifactObserver
{
    public void Checked(int round, IReadOnlyList<ArtifactResult> results, TimeSpan remaining)
    {
        var pending = results.Where(r => !r.IsGood).ToList();
        string line;
        if (pending.Count == 0)
        {
            line = $"all {results.Count} artifact(s) present after {round} check(s)";
        }
        else if (remaining <= TimeSpan.Zero)
        {
            line = $"gave up waiting: {pending.Count} of {results.Count} artifact(s) still not right after {round} check(s)";
        }
        else
        {
            var names = string.Join(", ", pending.Take(3).Select(r => Shown.Plain(r.Check.Reference))) + (pending.Count > 3 ? $", +{pending.Count - 3} more" : string.Empty);
            line = $"waiting for {pending.Count} of {results.Count} artifact(s) ({names}); {Format(remaining)} left, check {round}";
        }

        var final = pending.Count == 0 || remaining <= TimeSpan.Zero;
        if (terminal)
        {
            error.Write("\r\u001b[K" + line + (final ? "\n" : string.Empty));
        }
        else
        {
            error.WriteLine(line);
        }

        error.Flush();
    }

    private static string Format(TimeSpan span) => span.TotalHours >= 1 ? $"{(int)span.TotalHours}h{span.Minutes:00}m"
        : span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes}m{span.Seconds:00}s"
        : $"{Math.Ceiling(span.TotalSeconds):0}s";
}

/// <summary>No progress: with --json, standard output is one JSON document and standard error holds only errors.</summary>
internal sealed class SilentArtifactObserver : IArtifactObserver
{
    public void Checked(int round, IReadOnlyList<ArtifactResult> results, TimeSpan remaining)
    {
    }
}
