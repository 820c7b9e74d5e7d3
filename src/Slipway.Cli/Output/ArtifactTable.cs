using Slipway.Core.Hosting;
using Slipway.Core.Registries;

namespace Slipway.Cli.Output;

/// <summary>The table of artifacts that <c>slipway artifacts</c> prints for people.</summary>
internal static class ArtifactTable
{
    public static FittedTable Build(IEnumerable<ArtifactResult> results)
    {
        var table = new FittedTable("Kind", "Reference", "Status", "Digest", "Detail");
        foreach (var result in results)
        {
            table.AddRow(
                result.Check.Kind.ToString().ToLowerInvariant(),
                Shown.Markup(result.Check.Reference),
                Paint(result.Status),
                Shown.Markup(result.Digest is { } digest ? ShortDigest(digest) : "-"),
                Shown.Markup(result.Detail));
        }

        return table;
    }

    /// <summary>Enough of a digest to tell it apart (sha256: and 12 hex digits, as docker prints image IDs); --json has it whole.</summary>
    public static string ShortDigest(string digest) => digest.Length > 19 ? digest[..19] : digest;

    public static string StatusText(ArtifactStatus status) => status switch
    {
        ArtifactStatus.Present => "present",
        ArtifactStatus.Missing => "missing",
        ArtifactStatus.WrongPlatforms => "wrong-platforms",
        ArtifactStatus.WrongVersion => "wrong-version",
        ArtifactStatus.NotAChart => "not-a-chart",
        ArtifactStatus.Denied => "denied",
        _ => "unreachable",
    };

    private static string Paint(ArtifactStatus status) => status switch
    {
        ArtifactStatus.Present => "[green]present[/]",
        ArtifactStatus.Unreachable or ArtifactStatus.Denied => $"[yellow]{StatusText(status)}[/]",
        _ => $"[red]{StatusText(status)}[/]",
    };
}
