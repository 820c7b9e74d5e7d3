namespace Slipway.Core.Notes;

/// <summary>
/// Everything the notes say, before any style shapes it. <c>slipway notes --json</c> prints exactly
/// this, and custom Handlebars templates receive exactly this, with the same (camelCase) names.
/// </summary>
public sealed record NotesModel
{
    public required string Version { get; init; }

    public required string Tag { get; init; }

    public string? Previous { get; init; }

    public string? PreviousTag { get; init; }

    public required bool PreRelease { get; init; }

    /// <summary>The date of the newest commit in range (UTC, yyyy-MM-dd).</summary>
    public required string Date { get; init; }

    public required RangeModel Range { get; init; }

    public RepositoryModel? Repository { get; init; }

    /// <summary>False until logins come from the forge: authors are then shown by their commit name.</summary>
    public required bool LoginsResolved { get; init; }

    public string? Highlights { get; init; }

    public string? Installation { get; init; }

    public required IReadOnlyList<SectionModel> Sections { get; init; }

    /// <summary>
    /// The pull requests grouped by label as <c>.github/release.yml</c>'s <c>changelog.categories</c>
    /// group GitHub's generated notes, when the forge gave the labels; empty otherwise.
    /// </summary>
    public IReadOnlyList<SectionModel> LabelCategories { get; init; } = [];

    /// <summary>Every notice, in the order the sections list them.</summary>
    public IReadOnlyList<NoticeModel> Notices { get; init; } = [];

    /// <summary>Every change in range, oldest first (bots dropped when configured so).</summary>
    public required IReadOnlyList<ChangeModel> Changes { get; init; }

    public required IReadOnlyList<ContributorModel> NewContributors { get; init; }

    /// <summary>The link to every change of the release (a compare link, or the commits of a first release).</summary>
    public string? FullChangelogUrl { get; init; }

    public required string FullChangelogText { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }
}

public sealed record RangeModel(string? From, string To, int Commits);

public sealed record RepositoryModel(string Owner, string Name, string Url);

public sealed record SectionModel(string Key, string Title, IReadOnlyList<ChangeModel> Changes)
{
    /// <summary>The notices of the section, written before its changes.</summary>
    public IReadOnlyList<NoticeModel> Notices { get; init; } = [];
}

/// <summary>
/// An entry of the notes that no commit wrote: what Slipway found about the release itself (the CRD
/// changes of the API gate), in the section of its category ("breaking" or "feat").
/// </summary>
public sealed record NoticeModel(string Category, string Title, string Text);

public sealed record AuthorModel(string Name, string Email, string? Login, bool Bot)
{
    /// <summary>How the notes name the author: <c>@login</c> when known, else the commit name.</summary>
    public string Display => Login is null ? Name : "@" + Login;
}

public sealed record ChangeModel
{
    public required string Title { get; init; }

    /// <summary>Where <see cref="Title"/> comes from: "git" (the commit), or the forge ("github": the pull request's title now, edited after the merge or not).</summary>
    public string TitleFrom { get; init; } = "git";

    /// <summary>The pull request's labels, as the forge has them (empty without a forge token).</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>The title without its conventional prefix, for the sectioned styles.</summary>
    public string Description => Title[DescriptionStart..];

    /// <summary>Where <see cref="Description"/> starts in <see cref="Title"/> (kept as an offset: no second copy of every title).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int DescriptionStart { get; init; }

    public string? Type { get; init; }

    public string? Scope { get; init; }

    /// <summary>Which section the change belongs to: "breaking", "deps", its type, or "other".</summary>
    public required string Category { get; init; }

    public required bool Breaking { get; init; }

    public string? BreakingNote { get; init; }

    public required string Text { get; init; }

    public int? PullRequest { get; init; }

    // Ids and links are derived on demand: a history of 100,000 changes would otherwise hold four
    // strings per change that most styles never print.
    public string? PullRequestUrl => PullRequest is { } pr && RepositoryUrl is { } url ? $"{url}/pull/{pr}" : null;

    public string Sha => Id.ToString();

    public string ShortSha => Id.Abbreviated;

    public string? CommitUrl => RepositoryUrl is { } url ? $"{url}/commit/{Sha}" : null;

    /// <summary>The PR link when there is a PR, else the commit link (or #N / the short sha without a forge).</summary>
    public string Link => PullRequestUrl ?? CommitUrl ?? (PullRequest is { } n ? $"#{n}" : ShortSha);

    public required AuthorModel Author { get; init; }

    public required IReadOnlyList<AuthorModel> CoAuthors { get; init; }

    public required int Commits { get; init; }

    /// <summary>The commit on the main line (printed as <see cref="Sha"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public History.CommitId Id { get; init; }

    /// <summary>The forge repository's web address, shared by every change of the notes.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? RepositoryUrl { get; init; }
}

public sealed record ContributorModel(AuthorModel Author, string Link);
