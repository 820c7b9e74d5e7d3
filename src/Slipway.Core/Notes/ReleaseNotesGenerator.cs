using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Forges;
using Slipway.Core.Git;
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
        var collector = new ChangeCollector(settings, forge?.Url);
        var resolved = new RangeResolver(inputs.Git, inputs.Config.Tag, inputs.TagListing).Resolve(request.Version, request.From, request.To, request.All);
        var (range, commits) = HistoryRange.Read(inputs.Git, resolved, collector, request.FullModel ? null : TextWanted(shows));
        var items = collector.Collect(commits);
        if (inputs.Contributors is not null)
        {
            items = items.Select(change => WithLogin(change, inputs.Contributors)).ToList();
        }

        var warnings = range.Warnings.ToList();
        var parts = HandWritten(request, range, forge, warnings);
        var isNew = shows.NewContributors && range.From is not null ? FirstContribution(range.From!) : null;
        var model = new NotesBuilder(settings, forge).Build(range with { Warnings = warnings }, commits, items, parts, isNew, inputs.Contributors is not null);
        if (range.Version.IsPreRelease && settings.PreRelease is { } line && shows.PreReleaseLine)
        {
            var oneLine = ValueTemplate.Parse(line, Placeholders.Notes).Render(NotesPlaceholders.For(range, forge)) + "\n";
            return Printable(model, output => output.Write(oneLine));
        }

        if (shows.RenderedFirst)
        {
            // Rendered now, so that a template failing on this history fails before any output or file is opened.
            var text = Rendered(style, model);
            return Printable(model, output => output.Write(text));
        }

        return Printable(model, output => style.Write(model, output));
    }

    // Commit subjects, bodies and names come from anyone who can push a commit: the notes (on a
    // terminal, in a file, in a GitHub release) carry none of the characters a terminal would obey.
    // They are left out rather than shown escaped: notes are a document, and Markdown has no way to show them.
    private static NotesResult Printable(NotesModel model, Action<TextWriter> write) =>
        new(model, output => write(Text.PrintableText.Stripping(output)));

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

    // The PR title of a merge (GitHub writes it in the merge's message) is always read; other text
    // only where the style prints a description.
    private static History.TextWanted? TextWanted(NotesCapabilities shows) =>
        shows.Descriptions is not { } wanted ? null : (title, breaking, merge) => merge || wanted(title, breaking);

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

    // With the forge: whoever had no pull request merged before the range starts. Without it: whoever
    // authored no commit before the range.
    private Func<AuthorModel, bool> FirstContribution(string from)
    {
        if (inputs.Contributors is not null)
        {
            var since = new GitReader(inputs.Git).CommitTime(from);
            return author => author.Login is { } login && !inputs.Contributors.ContributedBefore(login, since);
        }

        var earlier = EarlierAuthors(from);
        return author => author.Email.Length > 0 && !earlier.Contains(author.Email);
    }

    private HashSet<string> EarlierAuthors(string from)
    {
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        inputs.Git.Stream(["log", "-z", "--format=%ae", "--end-of-options", from, "--"], stream =>
        {
            using var reader = new StreamReader(stream, leaveOpen: true);
            foreach (var email in reader.ReadToEnd().Split('\0', StringSplitOptions.RemoveEmptyEntries))
            {
                emails.Add(email.Trim());
            }
        });
        return emails;
    }
}
