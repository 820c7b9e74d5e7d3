using System.Globalization;
using System.Text;

namespace Slipway.Corpus;

/// <summary>The corpus table (one line per project, and the totals) and the per-release details behind it.</summary>
internal static class CorpusReport
{
    public static string Table(List<ProjectResult> results)
    {
        var text = new StringBuilder();
        text.Append("| project | field | releases replayed | reproduced | + release forgot a reference | notes: releases | recall | precision | exact titles | init proposes | with candidates | init file reads back |\n");
        text.Append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var result in results)
        {
            Row(text, result.Project.Name, result.Project.Field, result.Releases);
        }

        Row(text, "**all**", string.Empty, results.SelectMany(r => r.Releases).ToList());
        var generated = results.Where(r => r.Project.Notes?.Generated == true).ToList();
        Row(text, "**generated notes only**", string.Join(", ", generated.Select(r => r.Project.Name)), generated.SelectMany(r => r.Releases).ToList());
        return text.ToString();
    }

    public static string Details(List<ProjectResult> results)
    {
        var text = new StringBuilder();
        foreach (var result in results)
        {
            text.Append("\n## ").Append(result.Project.Name).Append(" (").Append(result.Project.Repository).Append(")\n\n");
            foreach (var skipped in result.Skipped)
            {
                text.Append("- ").Append(skipped.Tag).Append(": not replayed: ").Append(skipped.Reason).Append('\n');
            }

            foreach (var release in result.Releases)
            {
                ReleaseDetails(text, release);
            }
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, string field, List<ReleaseResult> releases)
    {
        var notes = releases.Select(r => r.Notes).OfType<NotesOutcome>().Where(n => n.Error is null).ToList();
        var real = notes.Sum(n => n.Real.Count);
        var ours = notes.Sum(n => n.Ours.Count);
        var found = notes.Sum(n => n.Found.Count);
        text.Append(CultureInfo.InvariantCulture, $"| {name} | {field} | {releases.Count} | {BumpCells(releases)} ")
            .Append(CultureInfo.InvariantCulture, $"| {notes.Count} | {Percent(found, real)} | {Percent(found, ours)} | {Percent(notes.Sum(n => n.Exact), found)} ")
            .Append(InitCells(releases)).Append(" |\n");
    }

    private static string BumpCells(List<ReleaseResult> releases)
    {
        var bumps = releases.Select(r => r.Bump).OfType<BumpOutcome>().ToList();
        return bumps.Count == 0
            ? "– | –"
            : string.Create(CultureInfo.InvariantCulture, $"{bumps.Count(b => b.Reproduced)} ({Percent(bumps.Count(b => b.Reproduced), bumps.Count)}) | {bumps.Count(b => b.BetterThanRelease)}");
    }

    private static string InitCells(List<ReleaseResult> releases)
    {
        var inits = releases.Select(r => r.Init).OfType<InitOutcome>().ToList();
        if (inits.Count == 0)
        {
            return "| – | – | –";
        }

        var (lines, proposed, candidates) = (inits.Sum(i => i.Lines), inits.Sum(i => i.Proposed), inits.Sum(i => i.Candidates));
        return string.Create(CultureInfo.InvariantCulture, $"| {proposed}/{lines} ({Percent(proposed, lines)}) | {proposed + candidates}/{lines} ({Percent(proposed + candidates, lines)}) | {inits.Count(i => i.Error is null && i.ShowProblem is null)}/{inits.Count}");
    }

    private static string Percent(int part, int whole) => whole == 0 ? "–" : (100.0 * part / whole).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static void ReleaseDetails(StringBuilder text, ReleaseResult result)
    {
        var release = result.Release;
        text.Append(CultureInfo.InvariantCulture, $"\n### {release.Tag} ({release.OldVersion} -> {release.Version}; {Short(release.Before)}..{Short(release.Prepared)}; era {release.Era.Config})\n\n");
        if (result.Bump is { } bump)
        {
            BumpDetails(text, bump);
        }

        if (result.Notes is { } notes)
        {
            NotesDetails(text, notes, release.NotesFrom);
        }

        if (result.Init is { } init)
        {
            InitDetails(text, init);
        }
    }

    private static void BumpDetails(StringBuilder text, BumpOutcome bump)
    {
        text.Append(CultureInfo.InvariantCulture, $"- bump: {(bump.Reproduced ? "reproduced" : bump.BetterThanRelease ? "not reproduced: the release forgot references" : "not reproduced")}; {bump.Matched.Count} line(s) as the release; {bump.RealVersionLines.Count} real version line(s)\n");
        if (bump.Error is { } error)
        {
            text.Append("  - error: ").Append(error).Append('\n');
        }

        Lines(text, "missed (the release changed it, slipway did not)", bump.Missed);
        Lines(text, "extra (slipway changed it, the release did not)", bump.Extra);
        Lines(text, "forgotten by the release (slipway set it; the next release did)", bump.Forgotten);
        Lines(text, "reworded by the release besides the version slipway set (counted as reproduced)", bump.Reworded);
        Lines(text, "entries of a list of releases the release updated (history, not references)", bump.ListEntries);
        var others = bump.OtherRewrites.GroupBy(l => l.File).Select(g => $"{g.Key} ({g.Count()})");
        var lone = bump.Lone.GroupBy(l => l.File).Select(g => $"{g.Key} (+{g.Count(l => l.Added)}/-{g.Count(l => !l.Added)})");
        text.Append("- other rewrites, not version references: ").Append(Join(others)).Append('\n');
        text.Append("- lines only added or removed: ").Append(Join(lone)).Append('\n');
    }

    private static void NotesDetails(StringBuilder text, NotesOutcome notes, string previous)
    {
        var range = notes.From is { } from && from != previous ? $" (from {from}, as the changelog's section says)" : string.Empty;
        text.Append(CultureInfo.InvariantCulture, $"- notes{range}: {notes.Real.Count} real, {notes.Ours.Count} slipway, {notes.Found.Count} found, {notes.Exact} exact, {notes.Extra.Count} extra{(notes.Error is null ? string.Empty : "; " + notes.Error)}\n");
        foreach (var (real, ours) in notes.Found.Where(f => f.Real.Title != f.Ours.Title).Take(12))
        {
            text.Append("  - title: real '").Append(real.Title).Append("' / slipway '").Append(ours.Title).Append("'\n");
        }

        foreach (var missing in notes.Missing.Take(12))
        {
            text.Append("  - missing: ").Append(missing.Title).Append(missing.PullRequest is { } pr ? $" (#{pr})" : string.Empty).Append('\n');
        }

        foreach (var extra in notes.Extra.Take(12))
        {
            text.Append("  - extra: ").Append(extra.Title).Append(extra.PullRequest is { } pr ? $" (#{pr})" : string.Empty).Append('\n');
        }
    }

    private static void InitDetails(StringBuilder text, InitOutcome init)
    {
        text.Append(CultureInfo.InvariantCulture, $"- init: proposes {init.Proposed} of {init.Lines}, lists {init.Candidates} more as candidates{(init.Error is null ? string.Empty : "; " + init.Error)}\n");
        if (init.ShowProblem is { } problem)
        {
            text.Append("  - show on the starter file, candidates uncommented: ").Append(problem).Append('\n');
        }

        Lines(text, "init neither proposes nor lists as a candidate", init.NotFound);
    }

    private static void Lines(StringBuilder text, string title, List<ChangedLine> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        text.Append("- ").Append(title).Append(":\n");
        foreach (var line in lines.Take(15))
        {
            text.Append("  - ").Append(line).Append('\n');
        }

        if (lines.Count > 15)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - … and {lines.Count - 15} more\n");
        }
    }

    private static string Join(IEnumerable<string> items) => items.Any() ? string.Join(", ", items) : "none";

    private static string Short(string commit) => commit[..Math.Min(8, commit.Length)];
}
