using System.Text.Json.Serialization;
using Slipway.Core.References;

namespace Slipway.Cli.Output;

/// <summary>The shapes --json prints. Source-generated, so output needs no reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ErrorJson))]
[JsonSerializable(typeof(WarningJson))]
[JsonSerializable(typeof(ShowJson))]
[JsonSerializable(typeof(VerifyJson))]
[JsonSerializable(typeof(BumpJson))]
[JsonSerializable(typeof(AuditJson))]
[JsonSerializable(typeof(InitJson))]
[JsonSerializable(typeof(NextJson))]
[JsonSerializable(typeof(ReleaseEventJson))]
[JsonSerializable(typeof(ReleasePlanJson))]
[JsonSerializable(typeof(WorkspacePlanJson))]
[JsonSerializable(typeof(PublishJson))]
[JsonSerializable(typeof(ArtifactsJson))]
[JsonSerializable(typeof(AbortJson))]
[JsonSerializable(typeof(TagJson))]
[JsonSerializable(typeof(RetagJson))]
internal sealed partial class SlipwayJson : JsonSerializerContext
{
    /// <summary>
    /// The one style of every --json document: compact, and '&lt;', '+' and non-ASCII letters written as
    /// they are (the default escapes them for embedding in HTML, which no reader of this output does).
    /// </summary>
    public static SlipwayJson Output { get; } = new(new System.Text.Json.JsonSerializerOptions
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>A document built or read as nodes (a journal as it is stored), written in the one style.</summary>
    public static string Compact(System.Text.Json.Nodes.JsonNode node) => node.ToJsonString(Output.Options);
}

internal sealed record ErrorJson(ErrorBodyJson Error);

internal sealed record ErrorBodyJson(string Code, int ExitCode, string Message, IReadOnlyList<string> Details, string? Hint);

internal sealed record WarningJson(string Warning);

/// <summary>What 'slipway publish --json' prints: action is created, updated, or (with --dry-run) create or update.</summary>
internal sealed record PublishJson(string Tag, string Repository, string Action, bool DryRun, bool PreRelease, bool LoginsResolved, long? Id, string? Url, string Body);

internal sealed record ReferenceRowJson(
    string Label, string File, int? Line, int? Column, string Locator, string? Value, string? Implies, string? Expected, string Status, string? Note)
{
    public static ReferenceRowJson From(ReferenceRow row) => new(
        row.Label, row.Path, row.Line, row.Column, row.Locator, row.Value, row.Implies, row.Expected,
        row.Status.ToString().ToLowerInvariant(), row.Note);
}

internal sealed record ShowJson(string Name, string Tag, string? Version, string? TagName, bool Consistent, IReadOnlyList<ReferenceRowJson> References);

internal sealed record VerifyJson(string Expected, bool Ok, IReadOnlyList<ReferenceRowJson> References);

internal sealed record ChangeJson(string Label, string File, int Line, int Column, string Old, string New);

internal sealed record SkippedJson(string Label, string File, string Reason);

internal sealed record BumpJson(string? From, string To, bool DryRun, IReadOnlyList<ChangeJson> Changes, IReadOnlyList<SkippedJson> Skipped, IReadOnlyList<string> Files, IReadOnlyDictionary<string, string>? Diffs);

internal sealed record FindingJson(string File, int Line, int Column, string Token, string Text);

internal sealed record AuditJson(string Version, string Tag, int FilesSearched, int FilesSkipped, int Covered, IReadOnlyList<FindingJson> Unmanaged);

/// <summary>What 'slipway init --json' prints; file is null with --stdout, which writes nothing.</summary>
internal sealed record InitJson(
    string? File, string? Version, IReadOnlyList<InitReferenceJson> References, IReadOnlyList<InitReferenceJson> LeftOut,
    IReadOnlyList<InitCandidateJson> Candidates, int MoreCandidates)
{
    public static InitJson From(string? file, Core.Init.InitProposal proposal) => new(
        file,
        proposal.Version?.ToString(),
        proposal.References.Select(InitReferenceJson.From).ToList(),
        proposal.LeftOut.Select(InitReferenceJson.From).ToList(),
        proposal.Candidates.Select(InitCandidateJson.From).ToList(),
        proposal.MoreCandidates);
}

/// <summary>A reference init found: its first line, and every line its locator finds (count of them, each holding current).</summary>
internal sealed record InitReferenceJson(string File, int Line, string Locator, string? Value, string Current, int Count, IReadOnlyList<int> Lines)
{
    public static InitReferenceJson From(Core.Init.DetectedReference reference) =>
        new(reference.File, reference.Line, reference.Locator, reference.ValueTemplate, reference.CurrentValue, reference.Count, reference.Lines);
}

/// <summary>A candidate; count 0 is 'any' (a glob's pattern); places are every line it covers.</summary>
internal sealed record InitCandidateJson(string File, int Line, string Text, string? Files, string? Locator, string? Value, int Count, IReadOnlyList<InitPlaceJson> Places)
{
    public static InitCandidateJson From(Core.Init.InitCandidate c) =>
        new(c.File, c.Line, c.Text, c.Glob, c.Locator, c.ValueTemplate, c.Count, c.Places.Select(p => new InitPlaceJson(p.File, p.Line)).ToList());
}

internal sealed record InitPlaceJson(string File, int Line);

internal sealed record ReasonJson(string Sha, string Title, string Effect);

internal sealed record NextJson(string Version, string? Previous, string? PreviousTag, string Level, int Changes, IReadOnlyList<ReasonJson> Reasons, NextApiJson? Api);

/// <summary>Why the CRD changes raised the next version above what the commits call for (null when they did not).</summary>
internal sealed record NextApiJson(string FromCommits, string Minimum, string Level, string Reason, IReadOnlyList<string> Findings);

/// <summary>
/// One event of a release run: a step started or finished, a line of output, an action it took (with
/// the diffs of the files it wrote), or the end. In a workspace, a "repository" event names the
/// repository the events after it are about, and the end carries the workspace journal.
/// </summary>
internal sealed record ReleaseEventJson(string Event, string? Step, string? Status, string? Message, string? Line)
{
    public string? Repository { get; init; }

    public Core.Workspace.Run.WorkspaceJournal? Workspace { get; init; }

    public Core.Release.Actions.ActionData? Action { get; init; }

    public IReadOnlyList<string>? Diffs { get; init; }
}

internal sealed record ArtifactJson(
    string Kind, string Reference, string Status, string? Digest, string Detail, IReadOnlyList<string> Platforms,
    IReadOnlyDictionary<string, string> PlatformDigests, IReadOnlyList<string> MissingPlatforms, string? ExpectedVersion, string? FoundVersion)
{
    public static ArtifactJson From(Core.Registries.ArtifactResult result) => new(
        result.Check.Kind.ToString().ToLowerInvariant(), result.Check.Reference, ArtifactTable.StatusText(result.Status), result.Digest, result.Detail,
        result.Check.Platforms.Select(p => p.ToString()).ToList(), result.PlatformDigests, result.MissingPlatforms, result.Check.ChartVersion, result.FoundVersion);
}

internal sealed record ArtifactsJson(string Version, string Tag, bool Ok, IReadOnlyList<ArtifactJson> Artifacts);
