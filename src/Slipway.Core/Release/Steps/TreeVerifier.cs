using Slipway.Core.References;

namespace Slipway.Core.Release.Steps;

/// <summary>Checks a commit's tree, not the work tree: does every reference hold the version there?</summary>
public static class TreeVerifier
{
    public static ReferenceReport Verify(ReleaseContext context, string commit) =>
        ReferenceReport.Build(ReferenceReader.Read(context.Config, context.Config.Versions, new DocumentCache(context.Repository.Tree(commit))), context.Version);

    /// <summary>The report's failures as lines for an error: "Makefile:8:12: VERSION holds 0.1.0, expected 0.2.0".</summary>
    public static List<string> Failures(ReferenceReport report) => report.Failures
        .Select(r => $"{r.Place}: {r.Locator} holds {r.Value ?? "nothing"}, expected {r.Expected}{(r.Note is { } n ? $" ({n})" : string.Empty)}")
        .ToList();
}
