namespace Slipway.Core.Configuration;

/// <summary>The <c>notes:</c> section: which style, where hand-written parts come from, and how commits are grouped.</summary>
public sealed record NotesSettings
{
    /// <summary>A built-in style (github-sections, whats-changed, keep-a-changelog, conventional-changelog); ignored when <see cref="Template"/> is set.</summary>
    public string Style { get; init; } = NotesStyles.GithubSections;

    /// <summary>A Handlebars template file, relative to the configuration; it receives the model that --json prints.</summary>
    public string? Template { get; init; }

    /// <summary>Where the release writes the notes, a template such as <c>changelogs/CHANGELOG-v{version}.md</c>.</summary>
    public string? File { get; init; }

    /// <summary>A notes.file that names no placeholder (<c>CHANGELOG.md</c>) is the same file for every release: the notes go above the earlier ones.</summary>
    public static bool HoldsEveryRelease(string fileTemplate) => !fileTemplate.Contains('{', StringComparison.Ordinal);

    /// <summary>Whether the built-in style's notes start with a heading that names the version (which is how a release's section in one changelog of every release is found).</summary>
    public static bool HeadsWithVersion(string style) => style is NotesStyles.KeepAChangelog or NotesStyles.ConventionalChangelog;

    /// <summary>A file (template) with the hand-written Highlights or summary paragraph.</summary>
    public string? Highlights { get; init; }

    /// <summary>The Installation section, a template that sees the version.</summary>
    public string? Installation { get; init; }

    /// <summary>The whole notes of a pre-release, in one line, e.g. <c>Pre-release {rc} for {core}</c>.</summary>
    public string? PreRelease { get; init; }

    /// <summary>Categories (breaking, deps, or a commit type) to section titles, in section order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Sections { get; init; } = DefaultSections;

    /// <summary>
    /// Names (or logins) of authors that are bots, besides those a name, login or e-mail marks with
    /// "[bot]", those GitHub reports as bots, and dependabot, renovate and github-actions.
    /// </summary>
    public IReadOnlyList<string> Bots { get; init; } = [];

    /// <summary>Whether bots' changes are listed (a bot never decides a change's section, and is never a new contributor).</summary>
    public ChangeHandling BotChanges { get; init; } = ChangeHandling.Keep;

    /// <summary>Whether the changes that prepared a release (its commit, its pull request) are listed.</summary>
    public ChangeHandling ReleaseChanges { get; init; } = ChangeHandling.Drop;

    /// <summary>
    /// Changes left out by their title, each a regular expression (git-cliff's skipping commit
    /// parsers: <c>^refactor\(clippy\)</c>, <c>^chore\(npm\).*yarn\.lock</c>); an excluded change
    /// weighs nothing in <c>next</c> either.
    /// </summary>
    public IReadOnlyList<System.Text.RegularExpressions.Regex> Exclude { get; init; } = [];

    /// <summary>
    /// Globs of the files that are this project's, relative to slipway.yaml (empty: every file): a
    /// change counts (in the notes and for <c>next</c>) when its commit changed one of them that
    /// <see cref="ExcludePaths"/> does not take back. For a part of a repository released apart.
    /// </summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>Globs of files that are not this project's (another module of the repository, released on its own).</summary>
    public IReadOnlyList<string> ExcludePaths { get; init; } = [];

    public static IReadOnlyList<KeyValuePair<string, string>> DefaultSections { get; } =
    [
        new("breaking", "Breaking Changes"),
        new("feat", "New Features"),
        new("fix", "Bug Fixes"),
        new("refactor", "Refactoring"),
        new("deps", "Dependencies"),
    ];

    // Declared after DefaultSections: static fields initialise in order, and this one reads it.
    public static readonly NotesSettings Default = new();
}

/// <summary>Whether a kind of change (bots', release preparation) is listed in the notes.</summary>
public enum ChangeHandling
{
    /// <summary>Listed like any other change.</summary>
    Keep,

    /// <summary>Left out of the notes.</summary>
    Drop,
}

public static class NotesStyles
{
    public const string GithubSections = "github-sections";
    public const string WhatsChanged = "whats-changed";
    public const string KeepAChangelog = "keep-a-changelog";
    public const string ConventionalChangelog = "conventional-changelog";

    public static IReadOnlyList<string> All { get; } = [GithubSections, WhatsChanged, KeepAChangelog, ConventionalChangelog];
}
