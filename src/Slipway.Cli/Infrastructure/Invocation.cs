using System.CommandLine;
using Slipway.Cli.Output;
using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Files;
using Slipway.Core.Git;
using Spectre.Console;

namespace Slipway.Cli.Infrastructure;

/// <summary>
/// Everything a command needs for one run: the directory it works in, the output channels, and the
/// configuration, found and loaded on first use.
/// </summary>
internal sealed class Invocation
{
    private readonly Lazy<IAnsiConsole> _console;
    private readonly Lazy<IAnsiConsole> _errorConsole;
    private readonly bool _errorColor;
    private SlipwayConfig? _config;
    private string? _configPath;
    private bool _writes;

    public Invocation(ParseResult parse, GlobalOptions options, CliIO io, string startDirectory, Core.Hosting.RunHost host)
    {
        IO = io;
        Json = parse.GetValue(options.Json);
        Verbose = parse.GetValue(options.Verbose);
        var color = !parse.GetValue(options.NoColor) && !io.NoColorRequested;
        Color = color;
        _errorColor = color && io.ErrorIsTerminal;
        ConfigOption = parse.GetValue(options.Config);
        var directory = parse.GetValue(options.Directory);
        Directory = Path.GetFullPath(directory is null ? startDirectory : Path.Combine(startDirectory, directory));
        if (!System.IO.Directory.Exists(Directory))
        {
            throw new SlipwayException(Errors.Usage, $"-C {directory}: no such directory");
        }

        Host = Verbose ? host with { Trace = line => ErrorConsole.MarkupLine($"[grey]{Shown.Markup(line)}[/]") } : host;

        // Created on first use: commands that print plain text (notes) should not pay for them at startup.
        _console = new Lazy<IAnsiConsole>(() => ConsoleFactory.Create(io.Out, io.OutIsTerminal, color && io.OutIsTerminal, io.Width));
        _errorConsole = new Lazy<IAnsiConsole>(() => ConsoleFactory.Create(io.Error, io.ErrorIsTerminal, color && io.ErrorIsTerminal, io.Width));
    }

    public CliIO IO { get; }

    /// <summary>Whether colour is allowed at all (no --no-color, no NO_COLOR); each stream also needs a terminal.</summary>
    public bool Color { get; }

    /// <summary>The environment, clock and sleep of GitHub requests (with a trace under --verbose).</summary>
    public Core.Hosting.RunHost Host { get; }

    /// <summary>
    /// Which forge a repository's releases use: the composition root, the one place the CLI names a
    /// forge. Everything else sees the forge through Core.Forges.IForge.
    /// </summary>
    private static readonly Core.Forges.ForgeOpener OpenForge = Core.Forges.GitHub.GitHubForge.Connect;

    /// <summary>The configuration's forge repository and, with credentials, its client.</summary>
    public Core.Forges.ForgeAccess Forge() => OpenForge(Config, Git(), Host);

    /// <summary>The release procedure of this repository, with its forge.</summary>
    public Core.Release.ReleaseService ReleaseService() => new(Config, Git(), Host, OpenForge);

    /// <summary>The release procedure of a workspace's repositories together, with the same forge.</summary>
    public Core.Workspace.Run.WorkspaceRelease WorkspaceRelease(Core.Workspace.LoadedWorkspace workspace) => new(workspace, Host, OpenForge);

    public bool Json { get; }

    public bool Verbose { get; }

    /// <summary>The directory the command runs in (after -C).</summary>
    public string Directory { get; }

    public string? ConfigOption { get; }

    /// <summary>For human-readable results on standard output.</summary>
    public IAnsiConsole Console => _console.Value;

    /// <summary>For warnings and progress on standard error.</summary>
    public IAnsiConsole ErrorConsole => _errorConsole.Value;

    public TextWriter Out => IO.Out;

    public SlipwayConfig Config => _config ??= LoadConfig();

    public GitRunner Git(string? directory = null) =>
        new(directory ?? Config.Root, Verbose ? line => ErrorConsole.MarkupLine($"[grey]{Shown.Markup(line)}[/]") : null);

    // Warnings and notes are single lines written directly: building a Spectre console for one line
    // costs more than the whole of a typical notes run.
    public void Warn(string message)
    {
        if (Json)
        {
            IO.Error.WriteLine(System.Text.Json.JsonSerializer.Serialize(new Output.WarningJson(message), Output.SlipwayJson.Output.WarningJson));
        }
        else
        {
            IO.Error.WriteLine(_errorColor ? $"\u001b[33mwarning:\u001b[0m {Shown.Plain(message)}" : $"warning: {Shown.Plain(message)}");
        }
    }

    /// <summary>Information about how a result was made (not a problem), on standard error.</summary>
    public void Note(string message)
    {
        if (!Json)
        {
            IO.Error.WriteLine(_errorColor ? $"\u001b[90mnote:\u001b[0m {Shown.Plain(message)}" : $"note: {Shown.Plain(message)}");
        }
    }

    /// <summary>The path of <paramref name="fullPath"/> as the user would type it from where they stand.</summary>
    public string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Directory, fullPath);
        var climbs = relative.Split('/').TakeWhile(part => part == "..").Count();
        return climbs > 2 ? fullPath : relative;
    }

    /// <summary>The configuration file's path, found without reading it.</summary>
    public string ConfigPath => _configPath ??= ConfigOption is { } option ? Path.GetFullPath(Path.Combine(Directory, option)) : FindConfig();

    private SlipwayConfig LoadConfig()
    {
        var path = ConfigPath;
        var config = ConfigLoader.Load(path, Display(path));
        if (!_writes)
        {
            SettleBeforeReading(config.Root);
        }

        return config;
    }

    private string FindConfig()
    {
        var gitDirectory = StateDirectory.FindGitDirectory(Directory);
        var top = gitDirectory is null ? null : Path.GetDirectoryName(gitDirectory.TrimEnd('/'));
        for (var directory = new DirectoryInfo(Directory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, SlipwayConfig.DefaultFileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (top is null || string.Equals(directory.FullName.TrimEnd('/'), top, StringComparison.Ordinal))
            {
                break;
            }
        }

        throw new SlipwayException(Errors.ConfigNotFound, $"no {SlipwayConfig.DefaultFileName} in {Display(Directory) switch { "." => "this directory", var d => d }} or its parents up to the repository root",
            "run 'slipway init' to write one, or pass --config FILE");
    }

    /// <summary>
    /// Takes the repository's write lock for this command, at once or not at all (SW319), and settles
    /// a write a killed command left, before the command reads anything. Every command that writes
    /// calls this first; <paramref name="root"/> is the configuration's directory (default: the loaded one's).
    /// </summary>
    public IDisposable LockForWriting(string command, string? root = null)
    {
        _writes = true;
        var access = RepositoryAccess.ForWriting(root ?? Config.Root, command);
        if (access.Recovered is { } report)
        {
            Warn(Describe(report));
        }

        return access;
    }

    // A command that only reads settles a killed write when no writer is running, and otherwise
    // reads on: a record it cannot settle safely is reported, not a reason to refuse a read.
    private void SettleBeforeReading(string root)
    {
        try
        {
            var access = RepositoryAccess.ForReading(root);
            if (access.Recovered is { } report)
            {
                Warn(Describe(report));
            }
            else if (access.WriterRunning is { } holder)
            {
                Warn($"another Slipway command is writing in this repository ({holder}); what this command reads may change under it");
            }
        }
        catch (SlipwayException e) when (e.Kind == Errors.InterruptedWriteUnsafe)
        {
            Warn($"{e.Message} [{e.Kind.Code}]: {string.Join("; ", e.Details)}. {e.Hint}");
        }
    }

    private static string Describe(RecoveryReport report) => report.Phase switch
    {
        WritePhase.Committed => $"an earlier write was interrupted after every file was written; it was finished ({report.Files.Count} file(s) hold what it wrote)",
        WritePhase.Replacing when report.Files.Count > 0 => $"an earlier write was interrupted; {report.Files.Count} file(s) were restored to their state before it: {string.Join(", ", report.Files)}",
        _ => $"an earlier write was interrupted before it changed any file; its {report.TemporariesRemoved} temporary file(s) were removed",
    };
}
