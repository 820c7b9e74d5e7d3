using System.CommandLine;
using System.Text.Json;
using Slipway.Cli.Infrastructure;
using Slipway.Cli.Output;
using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Files;
using Slipway.Core.Git;
using Slipway.Core.Init;
using Spectre.Console;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway init</c>: detect the usual version files and write a commented starter slipway.yaml.</summary>
internal sealed class InitCommand(CommandContext context) : ICliCommand
{
    private readonly Option<bool> _force = new("--force") { Description = "Overwrite an existing configuration file" };
    private readonly Option<bool> _stdout = new("--stdout") { Description = "Print the configuration instead of writing it" };

    public Command Build()
    {
        var command = new Command("init", "Detect version files (Chart.yaml, Cargo.toml/Cargo.lock, package.json, *.csproj, Makefile, VERSION…) and write a starter slipway.yaml");
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
        var files = git.IsRepository() ? git.TrackedFiles() : RepositoryFiles.Matching(root, new Glob("**"));
        var detected = ProjectDetector.Detect(root, files);
        var text = StarterConfig.Render(Path.GetFileName(root), detected, files.Any(f => ProjectDetector.Named(f, "go.mod")));
        var version = StarterConfig.MajorityVersion(detected)?.ToString();

        if (toStdout)
        {
            run.Out.Write(text);
            return 0;
        }

        // Through the work tree's guard: a slipway.yaml that is a link out of the repository is not followed.
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var name = Path.GetFileName(target);
        new AtomicFileWriter(root, StateDirectory.For(root), "init").Write([force ? FileWrite.Over(name, bytes) : new FileWrite(name, null, bytes)]);
        if (run.Json)
        {
            var json = new InitJson(run.Display(target), version, detected.Select(d => $"{d.File}: {d.Kind}: {d.Argument}").ToList());
            run.Out.WriteLine(JsonSerializer.Serialize(json, SlipwayJson.Default.InitJson));
            return 0;
        }

        run.Console.MarkupLine($"Wrote [bold]{Shown.Markup(run.Display(target))}[/] with {detected.Count} reference(s){(version is null ? string.Empty : $" on {version}")}.");
        foreach (var reference in detected)
        {
            run.Console.MarkupLine($"  {Shown.Markup(reference.File)}  [grey]{Shown.Markup($"{reference.Kind}: {reference.Argument}")} = {Shown.Markup(reference.CurrentValue)}[/]");
        }

        run.Console.MarkupLine("Next: 'slipway show' to check them, 'slipway audit' to find version strings it does not cover.");
        return 0;
    }
}
