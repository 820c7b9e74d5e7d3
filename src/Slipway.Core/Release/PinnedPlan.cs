using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Release.Journal;
using Slipway.Core.Release.Steps;

namespace Slipway.Core.Release;

/// <summary>
/// A release keeps the plan it started with: the journal records the configuration it was made from,
/// and a release whose slipway.yaml changed since goes on only when a person says so. Then the change
/// is recorded (when, and what it did to the plan), steps the new plan drops are taken off the
/// checklist, and steps it adds run in their place.
/// </summary>
public static class PinnedPlan
{
    /// <summary>Refuses to go on under a changed configuration unless <paramref name="accept"/>; records an accepted change.</summary>
    /// <returns>Whether the journal changed (and must be saved).</returns>
    public static bool Check(SlipwayConfig config, ReleaseJournal journal, bool accept, DateTimeOffset now)
    {
        if (journal.Configuration is null)
        {
            // Started by a build that did not pin the plan: pin it to the configuration it goes on with.
            journal.Configuration = config.Fingerprint;
            return true;
        }

        if (journal.Configuration == config.Fingerprint)
        {
            return false;
        }

        var pinned = journal.Steps.Select(s => s.Name).ToList();
        var current = ReleasePlan.For(config, journal).Steps.Select(s => s.Name).ToList();
        var effect = Effect(pinned, current);
        if (!accept)
        {
            throw new SlipwayException(Errors.ConfigurationChanged,
                $"{Path.GetFileName(config.FilePath)} changed since the release of {journal.Tag} started; {effect}",
                $"go on with the changed configuration with --accept-config-change, or restore it (git diff {Path.GetFileName(config.FilePath)})");
        }

        journal.ConfigurationChanges.Add(new ConfigurationChange(now, journal.Configuration, config.Fingerprint, effect));
        journal.Configuration = config.Fingerprint;
        journal.Steps.RemoveAll(s => !current.Contains(s.Name) && s.Status is not (StepStatus.Done or StepStatus.Skipped));
        return true;
    }

    private static string Effect(IReadOnlyList<string> pinned, IReadOnlyList<string> now)
    {
        var added = now.Except(pinned).ToList();
        var dropped = pinned.Except(now).ToList();
        if (added.Count == 0 && dropped.Count == 0)
        {
            return "the steps are the same, their settings may differ";
        }

        var parts = new List<string>();
        if (added.Count > 0)
        {
            parts.Add($"steps added: {string.Join(", ", added)}");
        }

        if (dropped.Count > 0)
        {
            parts.Add($"steps dropped: {string.Join(", ", dropped)}");
        }

        return string.Join("; ", parts);
    }
}
