using System.CommandLine;
using System.Text.Json;
using Slipway.Cli.Infrastructure;
using Slipway.Cli.Output;
using Slipway.Core.Files;
using Slipway.Core.Planning;
using Slipway.Core.References;
using Spectre.Console;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway bump VERSION|major|minor|patch|rc|release</c>: rewrite every reference, all or nothing.</summary>
internal sealed class BumpCommand(CommandContext context) : ICliCommand
{
    private readonly Argument<string> _target = new("VERSION|major|minor|patch|rc|release")
    {
        Description = "An explicit version (written whatever the references hold now), or a keyword computed from the current version",
    };

    private readonly Option<bool> _dryRun = new("--dry-run", "-n") { Description = "Print a unified diff of every edit and write nothing" };

    public Command Build()
    {
        var command = new Command("bump", "Write a new version into every reference; all edits are checked before the first byte is written");
        command.Arguments.Add(_target);
        command.Options.Add(_dryRun);
        command.SetAction(parse => Run(context.Open(parse), parse.GetValue(_target)!, parse.GetValue(_dryRun)));
        return command;
    }

    private static int Run(Invocation run, string targetText, bool dryRun)
    {
        // Before the references are read: a bump planned from files another command is rewriting would fail half-way.
        using var writing = dryRun ? null : run.LockForWriting("bump");
        var config = run.Config;
        var scan = ReferenceReader.Read(config);
        var target = new TargetVersion(config, run.Git()).Resolve(targetText, "bump", scan);
        var plan = BumpPlanner.Plan(scan, target);
        var current = scan.Consensus.Version;

        if (!dryRun)
        {
            new AtomicFileWriter(config.Root, StateDirectory.For(config.Root), "bump").Write(plan.Edits);
        }

        if (run.Json)
        {
            var diffs = dryRun ? plan.Edits.ToDictionary(e => e.Path, e => UnifiedDiff.Create(e.Path, e.OriginalText, e.NewText)) : null;
            var json = new BumpJson(current?.ToString(), target.ToString(), dryRun,
                plan.Changes.Select(c => new ChangeJson(c.Label, c.Path, c.Line, c.Column, c.OldValue, c.NewValue)).ToList(),
                plan.Skipped.Select(s => new SkippedJson(s.Label, s.Path, s.Reason)).ToList(),
                plan.Edits.Select(e => e.Path).ToList(), diffs);
            run.Out.WriteLine(JsonSerializer.Serialize(json, SlipwayJson.Output.BumpJson));
            return 0;
        }

        if (plan.IsEmpty)
        {
            run.Console.MarkupLine($"Every reference already holds {target}; nothing to change.");
            return 0;
        }

        if (dryRun)
        {
            foreach (var edit in plan.Edits)
            {
                DiffWriter.Write(run.Console, UnifiedDiff.Create(edit.Path, edit.OriginalText, edit.NewText));
            }
        }

        var table = new FittedTable("Reference", "Old", "New");
        foreach (var change in plan.Changes)
        {
            table.AddRow(Shown.Markup($"{change.Path}:{change.Line}:{change.Column}"), Shown.Markup(change.OldValue), Shown.Markup(change.NewValue));
        }

        foreach (var skipped in plan.Skipped)
        {
            table.AddRow(Shown.Markup(skipped.Path), "[grey]skipped[/]", $"[grey]{Shown.Markup(skipped.Reason)}[/]");
        }

        run.Console.Write(table);
        var verb = dryRun ? "Would change" : "Changed";
        run.Console.MarkupLine($"{verb} {plan.Changes.Count} value(s) in {plan.Edits.Count} file(s) to {target}{(dryRun ? "; nothing was written (--dry-run)" : string.Empty)}.");
        return 0;
    }
}
