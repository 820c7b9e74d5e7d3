using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Forges;
using Slipway.Core.Git;
using Slipway.Core.Notes.Styles;
using Slipway.Core.Templates;

namespace Slipway.Core.Notes;

/// <summary>
/// Writes the release notes of a version: resolves the range, reads its history with one git log,
/// turns commits into changes, and renders the configured style. With a <paramref name="contributors"/>
/// source (a forge token), authors are named by login and first contributions are the forge's.
/// </summary>
/// <param name="knownForge">The forge repository when the caller has resolved it already (it costs a git call), else null.</param>
public sealed class ReleaseNotesGenerator(SlipwayConfig config, GitRunner git, Task<string>? tagListing = null, IContributorSource? contributors = null, Lazy<ForgeRepository?>? knownForge = null)
{
    public NotesResult Generate(NotesRequest request)
    {
        var settings = config.Notes;
        var style = Style(request.Style);
        var forge = knownForge is null ? ForgeResolver.Resolve(config.Forge, git) : knownForge.Value;
        var collector = new ChangeCollector(settings, forge?.Url);
        var resolved = new RangeResolver(git, config.Tag, tagListing).Resolve(request.Version, request.From, request.To, request.All);
        var (range, commits) = HistoryRange.Read(git, resolved, collector, request.FullModel ? null : TextPolicy(style));
        var items = collector.Collect(commits);
        if (contributors is not null)
        {
            items = items.Select(change => WithLogin(change, contributors)).ToList();
        }

        var warnings = range.Warnings.ToList();
        var parts = HandWritten(request, range, forge, warnings);
        var needsContributors = style is not GithubSectionsStyle and not KeepAChangelogStyle && range.From is not null;
        var isNew = needsContributors ? FirstContribution(range.From!) : null;
        var model = new NotesBuilder(settings, forge).Build(range with { Warnings = warnings }, commits, items, parts, isNew, contributors is not null, request.NoticesFor?.Invoke(range));
        if (range.Version.IsPreRelease && settings.PreRelease is { } line && style is not TemplateStyle)
        {
            var oneLine = ValueTemplate.Parse(line, Placeholders.Notes).Render(NotesPlaceholders.For(range, forge)) + "\n";
            return Printable(model, output => output.Write(oneLine));
        }

        if (style is TemplateStyle template)
        {
            // Rendered now, so that a template failing on this history fails before any output or file is opened.
            var text = Rendered(template, model);
            return Printable(model, output => output.Write(text));
        }

        return Printable(model, output => style.Write(model, output));
    }

    // Commit subjects, bodies and names come from anyone who can push a commit: the notes (on a
    // terminal, in a file, in a GitHub release) carry none of the characters a terminal would obey.
    // They are left out rather than shown escaped: notes are a document, and Markdown has no way to show them.
    private static NotesResult Printable(NotesModel model, Action<TextWriter> write) =>
        new(model, output => write(Text.PrintableText.Stripping(output)));

    private static string Rendered(TemplateStyle template, NotesModel model)
    {
        try
        {
            return template.Render(model);
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

    // Which commits' first paragraph the style can print: the PR title of a merge (GitHub writes it
    // there) always; in github-sections, the text of changes in titled sections; all for a template.
    private History.TextWanted? TextPolicy(INotesStyle style)
    {
        if (style is not GithubSectionsStyle)
        {
            return style is TemplateStyle ? null : (_, _, merge) => merge;
        }

        var titled = config.Notes.Sections.Select(s => s.Key).Where(k => !GithubSectionsStyle.IsPlain(k)).ToHashSet(StringComparer.Ordinal);
        return (title, breaking, merge) => merge || (title is { } t && (breaking || titled.Contains(t.Type)));
    }

    private INotesStyle Style(string? requested)
    {
        if (requested is null && config.Notes.Template is { } templatePath)
        {
            var full = ConfiguredPath.Resolve(config.Root, templatePath, "notes.template");
            var text = File.Exists(full)
                ? ReadInput(full, $"the notes template {templatePath}")
                : throw new SlipwayException(Errors.NotesInputUnreadable, $"the notes template {templatePath} does not exist", "notes.template is relative to slipway.yaml");
            try
            {
                return new TemplateStyle(text, templatePath);
            }
            catch (NotesTemplateException e)
            {
                throw new SlipwayException(Errors.NotesTemplateInvalid, e.Message);
            }
        }

        return (requested ?? config.Notes.Style) switch
        {
            NotesStyles.GithubSections => new GithubSectionsStyle(),
            NotesStyles.WhatsChanged => new WhatsChangedStyle(),
            NotesStyles.KeepAChangelog => new KeepAChangelogStyle(),
            var other => throw new SlipwayException(Errors.Usage, $"'{other}' is not a notes style; the styles are {string.Join(", ", NotesStyles.All)}"),
        };
    }

    private HandWrittenParts HandWritten(NotesRequest request, ReleaseRange range, ForgeRepository? forge, List<string> warnings)
    {
        var values = NotesPlaceholders.For(range, forge);
        string? highlights = null;
        if (request.HighlightsFile is { } given)
        {
            highlights = ReadGiven(given);
        }
        else if (config.Notes.Highlights is { } configured)
        {
            var path = ValueTemplate.Parse(configured, Placeholders.Notes).Render(values);
            var full = ConfiguredPath.Resolve(config.Root, path, "notes.highlights");
            if (File.Exists(full))
            {
                highlights = ReadGiven(full);
            }
            else
            {
                warnings.Add($"no highlights: {path} does not exist (notes.highlights); the section is left out");
            }
        }

        var installation = config.Notes.Installation is { } template ? ValueTemplate.Parse(template, Placeholders.Notes).Render(values) : null;
        return new HandWrittenParts(highlights, installation);
    }

    private static string ReadGiven(string path) => ReadInput(path, $"the highlights file {path}").Trim();

    // Only a regular file of at most 1 MiB: a highlights path to /dev/zero or a FIFO must not hang the notes.
    private static string ReadInput(string path, string what)
    {
        try
        {
            return new System.Text.UTF8Encoding(false).GetString(Files.RegularFile.ReadAllBytes(path)).TrimStart('\uFEFF');
        }
        catch (IOException e)
        {
            throw new SlipwayException(Errors.NotesInputUnreadable, $"{what} {e.Message}");
        }
    }

    // With the forge: whoever had no pull request merged before the range starts. Without it: whoever
    // authored no commit before the range.
    private Func<AuthorModel, bool> FirstContribution(string from)
    {
        if (contributors is not null)
        {
            var since = new GitReader(git).CommitTime(from);
            return author => author.Login is { } login && !contributors.ContributedBefore(login, since);
        }

        var earlier = EarlierAuthors(from);
        return author => author.Email.Length > 0 && !earlier.Contains(author.Email);
    }

    private HashSet<string> EarlierAuthors(string from)
    {
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        git.Stream(["log", "-z", "--format=%ae", "--end-of-options", from, "--"], stream =>
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
