using System.CommandLine;
using Slipway.Cli.Infrastructure;
using Slipway.Core.Diagnostics;
using Slipway.Core.Files;
using Slipway.Core.Forges;
using Slipway.Core.Notes;
using Slipway.Core.Templates;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway notes</c>: release notes from the history since the previous release, in the configured style.</summary>
internal sealed class NotesCommand(CommandContext context) : ICliCommand
{
    private readonly Option<string?> _version = new Option<string?>("--version") { Description = "The version the notes are for: a tagged release, or the title for the changes up to --to (default: the unreleased changes)", HelpName = "VERSION" }.ReleaseVersions(context);
    private readonly Option<bool> _unreleased = new("--unreleased") { Description = "The changes since the previous release, titled with the version 'slipway next' computes (the default without --version)" };
    private readonly Option<string?> _style = new("--style") { Description = "github-sections, whats-changed, keep-a-changelog or conventional-changelog (default: notes.style)", HelpName = "STYLE" };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the notes to FILE instead of standard output", HelpName = "FILE" };
    private readonly Option<bool> _write = new("--write") { Description = "Write the notes to the file named by notes.file" };
    private readonly Option<string?> _from = new("--from") { Description = "Start after this revision instead of the previous release", HelpName = "REV" };
    private readonly Option<string?> _to = new("--to") { Description = "End at this revision (default: the version's tag if it exists, else HEAD)", HelpName = "REV" };
    private readonly Option<bool> _all = new("--all") { Description = "Cover the whole history up to --to" };
    private readonly Option<string?> _highlights = new("--highlights") { Description = "A file with the Highlights (or summary) text", HelpName = "FILE" };

    public Command Build()
    {
        var command = new Command("notes", "Write release notes from the commits since the previous release");
        foreach (var option in new Option[] { _version, _unreleased, _style, _output, _write, _from, _to, _all, _highlights })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (result.GetValue(_all) && result.GetValue(_from) is not null)
            {
                result.AddError("give --from or --all, not both");
            }

            if (result.GetValue(_unreleased) && (result.GetValue(_version) is not null || result.GetValue(_to) is not null))
            {
                result.AddError("--unreleased covers the changes up to HEAD: give it without --version and --to");
            }

            if (result.GetValue(_write) && result.GetValue(_output) is not null)
            {
                result.AddError("give --output or --write, not both");
            }
        });
        command.SetAction(parse => Run(context.Open(parse), parse));
        return command;
    }

    private int Run(Invocation run, ParseResult parse)
    {
        using var writing = WritesInWorkTree(run, parse) ? run.LockForWriting("notes") : null;
        using var collections = CollectionPause.YoungOnly();
        var tags = Core.Notes.RangeResolver.StartListing(run.Git(Path.GetDirectoryName(run.ConfigPath)));
        var (version, previous) = parse.GetValue(_version) is { } given
            ? (VersionArgument.Parse(given, "--version"), null)
            : CurrentVersion.Unreleased(run, tags, explicitRange: parse.GetValue(_all) || parse.GetValue(_from) is not null);
        var highlights = parse.GetValue(_highlights) is { } h ? Path.GetFullPath(Path.Combine(run.Directory, h)) : null;
        var request = new NotesRequest(version)
        {
            From = parse.GetValue(_from),
            To = parse.GetValue(_to),
            All = parse.GetValue(_all),
            Previous = previous,
            HighlightsFile = highlights,
            Style = parse.GetValue(_style),
            FullModel = run.Json,
        };
        var access = run.Forge();
        // The forge has read the remote's URL already: the generator does not ask git again.
        var forge = new Lazy<ForgeRepository?>(access.Repository);
        request = request with { NoticesFor = Core.Api.ApiRelease.NoticesFor(run.Config, run.Git(), access.Repository) };
        var result = new ReleaseNotesGenerator(new NotesInputs(run.Config, run.Git()) { TagListing = tags, Forge = forge }.WithClient(access.Client)).Generate(request);
        foreach (var warning in result.Model.Warnings)
        {
            run.Warn(warning);
        }

        Action<TextWriter> write = run.Json ? output => output.Write(NotesJson.Serialize(result.Model) + "\n") : result.Write;
        if (Target(run, parse, result.Model) is { } file)
        {
            if (writing is not null)
            {
                new AtomicFileWriter(run.Config.Root, StateDirectory.For(run.Config.Root), "notes").Write([FileWrite.Over(file, Placed(run, parse, file, result, write))]);
            }
            else
            {
                // A file outside the work tree that the person named, as a shell redirection would write it.
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, FileWrite.Utf8(write));
            }

            run.Note($"wrote {run.Display(file)}");
        }
        else
        {
            write(run.Out);
        }

        if (result.ShowsAuthors && !result.Model.LoginsResolved && result.Model.Changes.Count > 0)
        {
            run.Note($"authors are shown by their git names; @logins need a {access.Name} token: {access.CredentialsHint}");
        }

        return 0;
    }

    // The configured notes.file as one changelog of every release keeps the releases it holds (ChangelogFile).
    private Action<TextWriter> Placed(Invocation run, ParseResult parse, string file, NotesResult result, Action<TextWriter> write)
    {
        if (!parse.GetValue(_write) || run.Config.Notes.File is not { } template || !Core.Configuration.NotesSettings.HoldsEveryRelease(template))
        {
            return write;
        }

        // Read through the work tree's guard, as it will be written: a link out of the repository stops here (SW321).
        var real = WorkTree.Containing(run.Config.Root).Require(run.Config.Root, Path.GetRelativePath(run.Config.Root, file));
        var existing = ChangelogFile.Read(template, File.Exists(real) ? File.ReadAllBytes(real) : null, run.Display(file));
        var text = ChangelogFile.Written(template, existing, result.Text, Core.Versioning.SemVersion.Parse(result.Model.Version), result.Model.Tag);
        return output => output.Write(text);
    }

    // notes.file comes from the configuration and always stays inside the work tree. A path given
    // with --output is the person's own, like a redirection: outside the work tree it is written
    // as given; inside, it goes through the work tree's guard and lock like every write there (a
    // repository's own symbolic link must not send it elsewhere).
    private bool WritesInWorkTree(Invocation run, ParseResult parse) => parse.GetValue(_write)
        || (parse.GetValue(_output) is { } output && output != "-" && WorkTree.Containing(Path.GetDirectoryName(run.ConfigPath)!).Holds(Path.GetFullPath(Path.Combine(run.Directory, output))));

    private string? Target(Invocation run, ParseResult parse, NotesModel model)
    {
        if (parse.GetValue(_output) is { } output)
        {
            return output == "-" ? null : Path.GetFullPath(Path.Combine(run.Directory, output));
        }

        if (!parse.GetValue(_write))
        {
            return null;
        }

        var template = run.Config.Notes.File ?? throw new SlipwayException(Errors.Usage, "--write needs notes.file in slipway.yaml (e.g. changelogs/CHANGELOG-v{version}.md)");
        var values = new Dictionary<string, string>(Placeholders.For(Core.Versioning.SemVersion.Parse(model.Version)), StringComparer.Ordinal)
        {
            ["tag"] = model.Tag,
            ["previous"] = model.Previous ?? string.Empty,
            ["previous_tag"] = model.PreviousTag ?? string.Empty,
        };
        var path = ValueTemplate.Parse(template, Placeholders.Notes).Render(values);
        return Path.GetFullPath(Core.Configuration.ConfiguredPath.Resolve(run.Config.Root, path, "notes.file"));
    }
}
