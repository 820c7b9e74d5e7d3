using System.CommandLine;
using System.Text.Json;
using Slipway.Cli.Infrastructure;
using Slipway.Cli.Output;
using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Files;
using Slipway.Core.Git;
using Slipway.Core.Init;
using Slipway.Core.Templates;
using Spectre.Console;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway init</c>: detect the usual version files and write a commented starter slipway.yaml.</summary>
internal sealed class InitCommand(CommandContext context) : ICliCommand
{
    private readonly Option<bool> _force = new("--force") { Description = "Overwrite an existing configuration file" };
    private readonly Option<bool> _stdout = new("--stdout") { Description = "Print the configuration instead of writing it" };

    public Command Build()
    {
        var command = new Command("init", "Detect version files (Chart.yaml, OLM CSVs, Cargo.toml/Cargo.lock, package.json, *.csproj, Makefile, VERSION…) and write a starter slipway.yaml");
        command.Options.Add(_force);
        command.Options.Add(_stdout);
        command.SetAction(parse => Run(context.Open(parse), parse.GetValue(_force), parse.GetValue(_stdout)));
        return command;
    }

    private static int Run(Invocation run, bool force, bool toStdout)
    {
        var target = Path.GetFullPath(Path.Combine(run.Directory, run.ConfigOption ?? SlipwayConfig.DefaultFileName));
        var root = Path.GetDirectoryName(target)!;
        using var writing = toStdout ? null : run.LockForWriting("init", root);
        if (File.Exists(target) && !force && !toStdout)
        {
            throw new SlipwayException(Errors.ConfigExists, $"{run.Display(target)} already exists", "pass --force to overwrite it, or --stdout to print a fresh one");
        }

        var git = new GitReader(run.Git(root));
        var repository = git.IsRepository();
        var files = repository ? git.TrackedFiles() : RepositoryFiles.Matching(root, new Glob("**"));
        var tagged = repository ? LatestTagVersion(git) : null;
        var proposal = ProjectDetector.Detect(root, files, tagged, Path.GetFileName(target));
        var text = StarterConfig.Render(Path.GetFileName(root), proposal, files.Any(f => ProjectDetector.Named(f, "go.mod")));

        if (!toStdout)
        {
            // Through the work tree's guard: a slipway.yaml that is a link out of the repository is not followed.
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            var name = Path.GetFileName(target);
            new AtomicFileWriter(root, StateDirectory.For(root), "init").Write([force ? FileWrite.Over(name, bytes) : new FileWrite(name, null, bytes)]);
        }

        if (run.Json)
        {
            run.Out.WriteLine(JsonSerializer.Serialize(InitJson.From(toStdout ? null : run.Display(target), proposal), SlipwayJson.Output.InitJson));
            return 0;
        }

        if (toStdout)
        {
            run.Out.Write(text);
            return 0;
        }

        var version = proposal.Version is null ? string.Empty : $" on {proposal.Version}";
        run.Console.MarkupLine($"Wrote [bold]{Shown.Markup(run.Display(target))}[/] with {proposal.References.Count} reference(s){version}.");
        foreach (var reference in proposal.References)
        {
            run.Console.MarkupLine($"  {Shown.Markup($"{reference.File}:{reference.Line}")}  [grey]{Shown.Markup(reference.Locator)} = {Shown.Markup(reference.CurrentValue)}[/]");
        }

        if (proposal.LeftOut.Count > 0)
        {
            run.Console.MarkupLine($"Left out {proposal.LeftOut.Count} at another version; listed in the file.");
        }

        if (proposal.Candidates.Count > 0)
        {
            run.Console.MarkupLine($"{proposal.Candidates.Count + proposal.MoreCandidates} other place(s) hold the version: commented candidates in the file.");
        }

        run.Console.MarkupLine("Next: 'slipway show' to check them, 'slipway audit' to find version strings it does not cover.");
        return 0;
    }

    // The latest release tag reachable from HEAD, read with the default tag template; it only settles ties.
    private static Core.Versioning.SemVersion? LatestTagVersion(GitReader git)
    {
        var result = git.Runner.Run("describe", "--tags", "--abbrev=0", "HEAD");
        return result.Succeeded ? TagTemplate.Parse(TagTemplate.Default).VersionOf(result.Output.Trim()) : null;
    }
}
