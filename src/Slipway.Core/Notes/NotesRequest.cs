using Slipway.Core.Versioning;

namespace Slipway.Core.Notes;

/// <summary>What to write notes for: the version, an optional explicit range, and hand-written parts from the command line.</summary>
public sealed record NotesRequest(SemVersion Version)
{
    public string? From { get; init; }

    public string? To { get; init; }

    public bool All { get; init; }

    /// <summary>The previous release found already by this command (what next computed), so that the range does not search for it again.</summary>
    public KnownPrevious? Previous { get; init; }

    /// <summary>A highlights file given on the command line (it must exist), overriding the configured one.</summary>
    public string? HighlightsFile { get; init; }

    /// <summary>A style given on the command line, overriding the configured one.</summary>
    public string? Style { get; init; }

    /// <summary>Every commit's text is wanted (for --json), not only what the style prints.</summary>
    public bool FullModel { get; init; }

    /// <summary>Entries no commit wrote (the API gate's CRD changes) for the range once it is resolved, each into its category's section.</summary>
    public Func<ReleaseRange, IReadOnlyList<NoticeModel>>? NoticesFor { get; init; }
}

/// <summary>The notes: the model (what --json prints) and how to write them in the chosen style.</summary>
public sealed record NotesResult(NotesModel Model, Action<TextWriter> Write)
{
    /// <summary>Whether the written text names authors (a one-line pre-release note or Keep a Changelog does not).</summary>
    public bool ShowsAuthors { get; init; }

    public string Text
    {
        get
        {
            using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
            Write(text);
            return text.ToString();
        }
    }
}
