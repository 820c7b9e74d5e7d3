using System.CommandLine;
using System.Text.Json;
using Slipway.Cli.Infrastructure;
using Slipway.Cli.Output;
using Slipway.Core.Audit;
using Slipway.Core.Diagnostics;
using Slipway.Core.Files;
using Slipway.Core.Git;
using Slipway.Core.References;
using Spectre.Console;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway audit</c>: occurrences of the current version in tracked files that no reference covers.</summary>
internal sealed class AuditCommand(CommandContext context) : ICliCommand
{
    private readonly Option<bool> _strict = new("--strict") { Description = "Exit 1 when unmanaged occurrences exist (for CI)" };

    public Command Build()
    {
        var command = new Command("audit", "Find occurrences of the current version (bare and as a tag) that no reference covers; whole version tokens only");
        command.Options.Add(_strict);
        command.SetAction(parse => Run(context.Open(parse), parse.GetValue(_strict)));
        return command;
    }

    private static int Run(Invocation run, bool strict)
    {
        var config = run.Config;
        var scan = ReferenceReader.Read(config);
        var version = scan.Consensus.Version ?? throw new SlipwayException(Errors.NoCurrentVersion,
            "no reference holds a version, so there is nothing to search for", "run 'slipway show' to see what the references hold");
        if (!scan.Consensus.Agrees)
        {
            run.Warn($"the references disagree; searching for {version}, the version most of them hold");
        }

        var result = VersionAuditor.Run(scan, version, Files(run, config.Root));
        if (run.Json)
        {
            var json = new AuditJson(result.Version, result.Tag, result.FilesSearched, result.FilesSkipped, result.Covered,
                result.Findings.Select(f => new FindingJson(f.Path, f.Line, f.Column, f.Token, f.LineText)).ToList());
            run.Out.WriteLine(JsonSerializer.Serialize(json, SlipwayJson.Output.AuditJson));
        }
        else
        {
            foreach (var finding in result.Findings)
            {
                run.Console.MarkupLine($"[bold]{Shown.Markup($"{finding.Path}:{finding.Line}:{finding.Column}")}[/]: {Shown.Markup(finding.LineText)}");
            }

            var summary = $"searched {result.FilesSearched} files for {result.Version} and {result.Tag} ({result.FilesSkipped} binary or large files skipped, {result.Covered} occurrences covered by references)";
            run.Console.MarkupLine(result.Findings.Count == 0
                ? $"[green]No unmanaged occurrences[/]: {Shown.Markup(summary)}."
                : $"[yellow]{result.Findings.Count} unmanaged occurrence(s)[/]: {Shown.Markup(summary)}. Add a reference for each that must change with the release, or list the path under audit.ignore.");
        }

        return strict && result.Findings.Count > 0 ? (int)ExitCode.CheckFailed : 0;
    }

    private static IReadOnlyList<string> Files(Invocation run, string root)
    {
        var git = new GitReader(run.Git(root));
        if (git.IsRepository())
        {
            return git.TrackedFiles();
        }

        run.Warn("not a git repository; searching every file below the configuration's directory");
        return RepositoryFiles.Matching(root, new Glob("**"));
    }
}
