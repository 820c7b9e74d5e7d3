using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.References;
using Slipway.Core.Release.Journal;
using Slipway.Core.Templates;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Commits the files the release changed and nothing else (<see cref="ReleaseFiles"/>; signed off
/// when configured) with the configured message, whose {changes} lists each file and the values set
/// in it. A commit a killed run already made is found and not made twice.
/// </summary>
public sealed class CommitStep : IReleaseStep
{
    public string Name => StepNames.Commit;

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => true;

    public string? WhyNotSkippable => "the release commit is what is merged and tagged";

    public StepResult Run(ReleaseContext context)
    {
        var (journal, repository) = (context.Journal, context.Repository);
        var head = repository.Resolve("HEAD")!;
        var subject = Message(context, string.Empty).Split('\n')[0];
        var branchRef = "refs/heads/" + journal.Branch;
        var files = ReleaseFiles.Of(context);
        if (files.Pending.Count == 0)
        {
            // Nothing to commit: either the commit exists (a killed run made it) or nothing changed.
            var made = head != journal.Facts.BaseCommit && repository.Subject(head) == subject;
            if (made && !journal.Owns(branchRef, head))
            {
                context.AdoptCommit(branchRef, head, subject);
            }

            journal.Facts.ReleaseCommit = head;
            return StepResult.Done((made ? $"already committed as {head[..7]}" : $"nothing changed; the release is {head[..7]} as it is") + files.Note);
        }

        var staged = repository.Stage(files.Pending);
        var commit = repository.Commit(Message(context, Changes(context, staged)), context.Settings.Signoff, staged);
        CrashPoints.Hit("commit:after-git");
        context.Claim(branchRef, commit);
        journal.Facts.ReleaseCommit = commit;
        return StepResult.Done($"committed {staged.Count} file(s) as {commit[..7]}: {subject}{files.Note}");
    }

    public static string Message(ReleaseContext context, string changes) =>
        ValueTemplate.Parse(context.Settings.CommitMessage, Placeholders.Release).Render(context.Values(changes)).TrimEnd() + "\n";

    /// <summary>One line per changed file (paths from the repository root), naming the values set in it: "- Makefile: VERSION = 0.2.0".</summary>
    public static string Changes(ReleaseContext context, IReadOnlyList<string> files)
    {
        var prefix = context.Repository.Prefix;
        var scan = ReferenceReader.Read(context.Config, context.Config.Versions.Concat(context.Settings.Pins.Select(p => p.Reference)), new DocumentCache(context.Repository.WorkTree));
        var lines = new List<string>();
        foreach (var file in files.Select(f => f.StartsWith(prefix, StringComparison.Ordinal) ? f[prefix.Length..] : f))
        {
            var set = scan.Readings.Where(r => r.Path == file && r.IsReadable)
                .SelectMany(r => r.Values.Select(v => $"{(r.Reference.IsDated ? "date" : Short(r.Reference.Locator.Description))} = {v.Text}"))
                .Distinct()
                .ToList();
            lines.Add(set.Count == 0 ? $"- Update {file}" : $"- {file}: {string.Join(", ", set)}");
        }

        return string.Join('\n', lines);
    }

    // "make: VERSION" reads as VERSION; "yaml: appVersion" as appVersion; a regex is described by its file alone.
    private static string Short(string locator) => locator.StartsWith("regex: ", StringComparison.Ordinal) ? "version" : locator[(locator.IndexOf(": ", StringComparison.Ordinal) + 2)..];
}
