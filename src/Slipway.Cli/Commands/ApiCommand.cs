using System.CommandLine;
using System.Text.Json;
using Slipway.Cli.Infrastructure;
using Slipway.Cli.Output;
using Slipway.Core.Api;
using Slipway.Core.Api.Upgrades;
using Slipway.Core.Configuration;
using Slipway.Core.Git;
using Slipway.Core.Versioning;
using Spectre.Console;

namespace Slipway.Cli.Commands;

/// <summary>
/// <c>slipway api</c>: the Kubernetes API gate between two revisions (exit 1 on breaking changes that
/// are not accepted), and with <c>--check-history</c> the upgrade table against the CRDs at every release tag.
/// </summary>
internal sealed class ApiCommand(CommandContext context) : ICliCommand
{
    private readonly Option<string?> _from = new("--from") { Description = "The older revision (default: the last release tag reachable from --to)", HelpName = "REV" };
    private readonly Option<string?> _to = new("--to") { Description = "The newer revision (default: HEAD); with --check-history, where to read the table (default: the work tree)", HelpName = "REV" };
    private readonly Option<bool> _history = new("--check-history") { Description = "Check the upgrade table (api.history) against the CRDs at every release tag" };

    // What the gate may allocate without a collection: comparing 8 CRDs of 5,000 lines at two
    // revisions allocates under 20 MB (their blobs included); beyond it, collections resume.
    private const long GateBudget = 256L << 20;

    public Command Build()
    {
        var command = new Command("api", "Compare the CustomResourceDefinitions of two revisions and fail on breaking changes (the API gate)");
        command.Options.Add(_from);
        command.Options.Add(_to);
        command.Options.Add(_history);
        command.Validators.Add(result =>
        {
            if (result.GetValue(_history) && result.GetValue(_from) is not null)
            {
                result.AddError("--check-history checks every release; give --to (where to read the table) but not --from");
            }
        });
        command.SetAction(parse => parse.GetValue(_history)
            ? CheckHistory(context.Open(parse), parse.GetValue(_to))
            : Gate(context.Open(parse), parse.GetValue(_from), parse.GetValue(_to)));
        return command;
    }

    private static int Gate(Invocation run, string? from, string? to)
    {
        SlipwayConfig config;
        ApiReport report;
        // git cat-file starts while the configuration is read and the collector set aside (its first
        // answers are what the gate waits for), in the configuration's directory, as run.Git() would;
        // without the file, loading it says what is wrong, not git.
        var path = run.ConfigPath;
        using (var objects = File.Exists(path) ? new ObjectBatch(run.Git(Path.GetDirectoryName(path))).Start() : null)
        {
            config = run.Config;
            using (CollectionPause.Start(GateBudget))
            {
                // The trees are garbage once the report is made: printing it collects as usual.
                report = new ApiGate(run.Git(), config).Compare(from, to, objects: objects);
            }
        }

        var previous = report.Range.From is { } tag ? config.Tag.VersionOf(tag) : null;
        var bump = previous is null ? null : MinimumBump.For(report.Findings, previous, config.Api!.Bump);
        var smallest = previous is null || bump is null ? null : VersionBump.Next(previous, bump.Level.Name(), PreReleaseStyle.Default).ToString();
        var verdict = ApiVerdict.Of(report);
        Warn(run, report);
        if (run.Json)
        {
            run.Out.WriteLine(JsonSerializer.Serialize(ApiJson.Of(report, verdict is null, bump, smallest), ApiJsonContext.Default.ApiJson));
        }
        else
        {
            Render(run, report, bump, smallest);
        }

        return verdict is null ? 0 : throw verdict;
    }

    private static void Render(Invocation run, ApiReport report, ApiBump? bump, string? smallest)
    {
        var range = report.Range;
        var since = range.From is null ? $"in {range.To} (no release before it: every CRD is new)" : $"between {range.From} and {range.To}";
        var visible = report.Visible.ToList();
        run.Console.MarkupLine(Shown.Markup($"CRD changes {since}: {report.Changes.Count} of {report.CrdCount} CRD(s) changed"));
        if (visible.Count > 0)
        {
            run.Console.Write(ApiTable.Build(visible));
        }

        run.Console.MarkupLine(Shown.Markup(Summary(report)));
        if (bump is not null && smallest is not null)
        {
            run.Console.MarkupLine(Shown.Markup($"minimum release: {bump.Level.Name()} ({smallest}): {bump.Reason}"));
        }
    }

    private static string Summary(ApiReport report)
    {
        var findings = report.Findings.ToList();
        var shown = findings.Where(f => f.Severity != FindingSeverity.Off).ToList();
        var counts = new[] { FindingClass.Breaking, FindingClass.Unclassified, FindingClass.Compatible, FindingClass.Cosmetic }
            .Select(c => (Class: c, Count: shown.Count(f => f.Class == c)))
            .Where(c => c.Count > 0)
            .Select(c => $"{c.Count} {ApiText.Class(c.Class)}")
            .ToList();
        if (counts.Count == 0)
        {
            return findings.Count == 0 ? "no CRD changes" : $"no CRD changes to show ({findings.Count} hidden by api.rules)";
        }

        var accepted = findings.Count(f => f.Allowed is not null);
        var hidden = findings.Count - shown.Count;
        var notes = new List<string>();
        if (accepted > 0)
        {
            notes.Add($"{accepted} accepted by api.allow");
        }

        if (hidden > 0)
        {
            notes.Add($"{hidden} hidden by api.rules");
        }

        return string.Join(", ", counts) + (notes.Count > 0 ? $" ({string.Join(", ", notes)})" : string.Empty);
    }

    private static void Warn(Invocation run, ApiReport report)
    {
        foreach (var warning in report.Warnings)
        {
            run.Warn(warning);
        }

        if (report.Stale is { } stale && report.StaleSeverity != FindingSeverity.Error)
        {
            run.Warn($"the Go types changed ({string.Join(", ", stale.ChangedTypes.Take(5))}{(stale.ChangedTypes.Count > 5 ? ", …" : string.Empty)}) but no CRD manifest did: "
                + "the CRDs may be stale (run make manifests, or update-crds)");
        }

        foreach (var unused in report.UnusedAllowances)
        {
            run.Warn($"{unused.Label} ({unused.Rule} {unused.Crd} {unused.Path}) accepts no finding here; remove it once the change it accepted is released");
        }
    }

    private static int CheckHistory(Invocation run, string? at)
    {
        var report = new HistoryChecker(run.Git(), run.Config).Check(at);
        var verdict = HistoryChecker.Verdict(report);
        if (run.Json)
        {
            var json = new HistoryJson(report.File, report.ReadFrom, verdict is null, report.Releases.Select(ReleaseHistoryJson.From).ToList(),
                report.UnknownRows.Select(ReleaseHistoryJson.RowOf).ToList(), report.UnreadableRows.Select(u => new UnreadableRowJson(ReleaseHistoryJson.RowOf(u.Row), u.Problem)).ToList());
            run.Out.WriteLine(JsonSerializer.Serialize(json, ApiJsonContext.Default.HistoryJson));
        }
        else
        {
            run.Console.MarkupLine(Shown.Markup($"{report.File} ({report.ReadFrom}) against {report.Releases.Count} release tag(s)"));
            run.Console.Write(HistoryTable.Build(report));
            var missing = report.Releases.Count(r => r.Status == "missing");
            var wrong = report.Releases.Count(r => r.Status == "contradicts");
            run.Console.MarkupLine(Shown.Markup($"{missing} release(s) missing, {wrong} row(s) contradicted, {report.UnreadableRows.Count} row(s) unreadable"));
        }

        foreach (var row in report.UnknownRows)
        {
            run.Note($"the row for {row.VersionText} names no release tag (yet)");
        }

        return verdict is null ? 0 : throw verdict;
    }
}
