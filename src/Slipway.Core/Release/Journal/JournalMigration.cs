using System.Globalization;
using System.Text.Json.Nodes;

namespace Slipway.Core.Release.Journal;

/// <summary>
/// Reads journals that older builds wrote, so a release in progress resumes after an upgrade.
/// Format 1 (slipway-release/1) kept its facts as strings (the pull request's number too) and,
/// before it recorded them, no created refs: those are inferred once from the facts and the
/// repository (<see cref="Infer"/>), as the release left them.
/// </summary>
public static class JournalMigration
{
    public const string Format1 = "slipway-release/1";

    /// <summary>The formats this build reads.</summary>
    public static IReadOnlyList<string> Readable { get; } = [Format1, ReleaseJournal.CurrentFormat];

    /// <summary>Brings a journal's JSON to the current format; false when its format is not one this build reads.</summary>
    public static bool TryUpgrade(JsonObject journal, out string? from)
    {
        from = journal["format"]?.GetValue<string>();
        if (from == ReleaseJournal.CurrentFormat)
        {
            from = null;
            return true;
        }

        if (from != Format1)
        {
            return false;
        }

        if (journal["facts"] is JsonObject facts && facts["pull-request"] is JsonValue number && number.TryGetValue<string>(out var text))
        {
            facts["pull-request"] = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        journal["format"] = ReleaseJournal.CurrentFormat;
        return true;
    }

    /// <summary>
    /// Records, for a journal written before refs were recorded, the refs its steps made: the release
    /// branch at the commit the journal knows it left it on, the follow-up branch at its commit, and
    /// the tag when it points at the merged release. A ref that is elsewhere stays unrecorded, so
    /// abort leaves it alone.
    /// </summary>
    public static void Infer(ReleaseJournal journal, Func<string, string?> resolve, Func<string, string?> tagObject)
    {
        if (journal.CreatedRefs.Count > 0 || journal.Steps.All(s => s.Status == StepStatus.Pending))
        {
            return;
        }

        var facts = journal.Facts;
        Record(journal, "refs/heads/" + journal.Branch, resolve, facts.ReleaseCommit ?? facts.BaseCommit);
        Record(journal, "refs/heads/" + journal.Branch + "-post", resolve, facts.PostCommit);
        var tagRef = "refs/tags/" + journal.Tag;
        if (facts.MergeCommit is { } merge && resolve(tagRef) == merge && tagObject(journal.Tag) is { } tag)
        {
            journal.CreatedRefs[tagRef] = tag;
        }
    }

    private static void Record(ReleaseJournal journal, string refName, Func<string, string?> resolve, string? expected)
    {
        if (expected is not null && resolve(refName) == expected)
        {
            journal.CreatedRefs[refName] = expected;
        }
    }
}
