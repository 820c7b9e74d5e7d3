using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Forges;
using Slipway.Core.Git;
using Slipway.Core.History;
using Slipway.Core.Notes.Styles;
using Slipway.Core.Templates;

namespace Slipway.Core.Notes;

/// <summary>
/// Writes the release notes of a version: resolves the range, reads its history with one git log,
/// turns commits into changes, and renders the style, reading only what the style says it shows.
/// With a contributor source (a forge token), authors are named by login and first contributions
/// are the forge's.
/// </summary>
public sealed class ReleaseNotesGenerator(NotesInputs inputs)
{
    public NotesResult Generate(NotesRequest request)
    {
        var settings = inputs.Config.Notes;
        var style = NotesStyleCatalog.For(inputs.Config, request.Style);
        var shows = style.Capabilities(settings);
        var forge = inputs.Forge is null ? ForgeResolver.Resolve(inputs.Config.Forge, inputs.Git) : inputs.Forge.Value;
        var resolved = new RangeResolver(inputs.Git, inputs.Config.Tag, inputs.TagListing).Resolve(request.Version, request.From, request.To, request.All, request.Previous);
        var (range, commits, items) = Changes(resolved, forge, request.FullModel ? null : shows.Descriptions);
        var warnings = range.Warnings.ToList();
        var oneLine = range.Version.IsPreRelease && settings.PreRelease is not null && shows.PreReleaseLine;

        // The forge is asked only for what is shown: notes.prerelease's one line shows no change (--json shows the model).
        var askForge = !oneLine || request.FullModel;

        // Asked before the logins: the pull requests the forge lists answer who opened them as well.
        var current = inputs.PullRequests is { } pulls && askForge && commits.Total > 0
            ? CurrentTitles.Find(items, pulls, range.From is { } from ? new GitReader(inputs.Git).CommitTime(from) : null, DateTimeOffset.FromUnixTimeSeconds(commits.NewestTimestamp))
            : null;
        if (inputs.Contributors is not null && askForge)
        {
            items = ListedOnce(items.Select(change => WithLogin(change, inputs.Contributors)).ToList());
        }

        if (current is not null)
        {
            (items, var partial) = CurrentTitles.Apply(items, current, new ChangeCategories(settings));
            if (partial is not null)
            {
                warnings.Add(partial);
            }
        }

        items = WithoutDroppedBots(items, settings);
        var releaseYml = shows.PullRequestsOnly ? ReleaseYml.Read(inputs.Config.Root) : null;
        if (releaseYml is not null)
        {
            // With the forge's labels and logins, the pull requests GitHub leaves out are left out; without, the notes say so.
            if (inputs.PullRequests is not null)
            {
                items = items.Where(c => !releaseYml.Excludes(c)).ToList();
            }
            else
            {
                warnings.Add(releaseYml.WarningWithoutForge());
            }
        }

        var parts = HandWritten(request, range, forge, warnings);
        var isNew = shows.NewContributors && askForge && range.From is not null ? FirstContributions.Since(inputs.Git, inputs.Contributors, range.From!) : null;
        var model = new NotesBuilder(settings, forge, shows.PullRequestsOnly).Build(range with { Warnings = warnings }, commits, items, parts, isNew, inputs.Contributors is not null, request.NoticesFor?.Invoke(range));
        if (releaseYml is { Categories.Count: > 0 } && inputs.PullRequests is not null)
        {
            model = model with { LabelCategories = releaseYml.Grouped(model.Changes.Where(c => c.PullRequest is not null)) };
        }

        if (oneLine)
        {
            var line = ValueTemplate.Parse(settings.PreRelease!, Placeholders.Notes).Render(NotesPlaceholders.For(range, forge)) + "\n";
            return Printable(model, output => output.Write(line)) with { ShowsAuthors = false };
        }

        if (shows.RenderedFirst)
        {
            // Rendered now, so that a template failing on this history fails before any output or file is opened.
            var text = Rendered(style, model);
            return Printable(model, output => output.Write(text)) with { ShowsAuthors = shows.Authors };
        }

        return Printable(model, output => style.Write(model, output)) with { ShowsAuthors = shows.Authors };
    }

    // A range that spans several releases is read in segments at once where its tags allow; else
    // whole. Where the project is a part of the repository (notes.paths), the changes are the part's.
    private (ReleaseRange Range, CommitLog Commits, IReadOnlyList<ChangeModel> Changes) Changes(ReleaseRange resolved, ForgeRepository? forge, TextWanted? keepText)
    {
        // One recogniser for every segment's collector: it only reads, and its patterns are built once.
        var preparation = new ReleasePreparation(inputs.Config);
        var scope = PathScope.Of(inputs.Config.Notes, inputs.Git);
        ChangeCollector NewCollector() => new(inputs.Config.Notes, forge?.Url, preparation);
        if (SegmentedHistory.TryRead(inputs.Git, resolved, inputs.Segments, NewCollector, keepText) is var (log, changes))
        {
            return (resolved, log, scope?.Keep(inputs.Git, resolved, changes) ?? changes);
        }

        var collector = NewCollector();
        var (range, commits) = HistoryRange.Read(inputs.Git, resolved, collector, keepText);
        var collected = collector.Collect(commits);
        return (range, commits, scope?.Keep(inputs.Git, range, collected) ?? collected);
    }

    // Commit subjects, bodies and names come from anyone who can push a commit: the notes (on a
    // terminal, in a file, in a GitHub release) carry none of the characters a terminal would obey.
    // They are left out rather than shown escaped: notes are a document, and Markdown has no way to show them.
    private static NotesResult Printable(NotesModel model, Action<TextWriter> write) =>
        new(model, output =>
        {
            using var printable = Text.PrintableText.Stripping(output);
            write(printable);
        });

    private static string Rendered(INotesStyle style, NotesModel model)
    {
        try
        {
            return style.Render(model);
        }
        catch (NotesTemplateException e)
        {
            throw new SlipwayException(Errors.NotesTemplateInvalid, e.Message);
        }
    }

    // The change with its author named by the forge's login, and its pull request when the forge knows it.
    private static ChangeModel WithLogin(ChangeModel change, IContributorSource contributors) =>
        contributors.AuthorOf(change.Sha, change.PullRequest) is { } author
            ? change with { Author = change.Author with { Login = author.Login, Bot = change.Author.Bot || author.IsBot }, PullRequest = change.PullRequest ?? author.PullRequest }
            : change;

    private HandWrittenParts HandWritten(NotesRequest request, ReleaseRange range, ForgeRepository? forge, List<string> warnings)
    {
        var values = NotesPlaceholders.For(range, forge);
        string? highlights = null;
        if (request.HighlightsFile is { } given)
        {
            highlights = ReadGiven(given);
        }
        else if (inputs.Config.Notes.Highlights is { } configured)
        {
            var path = ValueTemplate.Parse(configured, Placeholders.Notes).Render(values);
            var full = ConfiguredPath.Resolve(inputs.Config.Root, path, "notes.highlights");
            if (File.Exists(full))
            {
                highlights = ReadGiven(full);
            }
            else
            {
                warnings.Add($"no highlights: {path} does not exist (notes.highlights); the section is left out");
            }
        }

        var installation = inputs.Config.Notes.Installation is { } template ? ValueTemplate.Parse(template, Placeholders.Notes).Render(values) : null;
        return new HandWrittenParts(highlights, installation);
    }

    private static string ReadGiven(string path) => NotesInputFile.Read(path, $"the highlights file {path}").Trim();

    // The forge finds the pull request of commits whose title names none: the commits of a PR merged
    // by rebasing then share it, and it is listed once, as GitHub lists it.
    private static List<ChangeModel> ListedOnce(IReadOnlyList<ChangeModel> changes)
    {
        var seen = new HashSet<int>();
        return changes.Where(c => c.PullRequest is not { } pr || seen.Add(pr)).ToList();
    }

    // Bots are known by name while the history is read; with the forge, also by login.
    private static IReadOnlyList<ChangeModel> WithoutDroppedBots(IReadOnlyList<ChangeModel> changes, NotesSettings settings)
    {
        if (settings.BotChanges == ChangeHandling.Keep && changes.All(c => c.Author.Login is null))
        {
            return changes; // nothing to mark, nothing to drop
        }

        var bots = new BotRecognizer(settings.Bots);
        var marked = changes.Select(c => !c.Author.Bot && bots.IsBotName(c.Author.Login) ? c with { Author = c.Author with { Bot = true } } : c);
        return (settings.BotChanges == ChangeHandling.Drop ? marked.Where(c => !c.Author.Bot) : marked).ToList();
    }
}
