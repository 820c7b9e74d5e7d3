using Slipway.Core.Configuration;
using Slipway.Core.Forges;
using Slipway.Core.Hosting;
using Slipway.Core.Release.Actions;
using Slipway.Core.Release.Journal;
using Slipway.Core.Release.Views;
using Slipway.Core.Templates;
using Slipway.Core.Versioning;

namespace Slipway.Core.Release;

/// <summary>What every step of a release works with: the configuration, the journal, the repository and the world as this run sees them, the forge, and the template values.</summary>
public sealed class ReleaseContext(SlipwayConfig config, ReleaseJournal journal, IReleaseRepository repository, IReleaseWorld world, IReleaseObserver observer)
{
    public SlipwayConfig Config => config;

    public ReleaseSettings Settings => config.Release;

    public ReleaseJournal Journal => journal;

    /// <summary>The repository as this run sees it: the real one, or a dry run's that records instead of writing.</summary>
    public IReleaseRepository Repository => repository;

    /// <summary>What lies outside the repository: commands, registries, the merges and people a release waits for.</summary>
    public IReleaseWorld World => world;

    public IReleaseObserver Observer => observer;

    /// <summary>The forge (its client reports every write it makes); none when the configuration names none.</summary>
    public ForgeAccess Forge { get; init; } = ForgeAccess.None;

    /// <summary>In a workspace release, what plans the edits of the references that follow upstream repositories; null outside one.</summary>
    public IUpstreamFollower? Upstreams { get; init; }

    /// <summary>The environment, clock and sleep of waits.</summary>
    public RunHost Host { get; init; } = RunHost.System;

    /// <summary>Saves the journal now (a step records a ref before it creates it); the runner sets it.</summary>
    public Action SaveJournal { get; set; } = () => { };

    /// <summary>The step running, which the actions of the views are reported under.</summary>
    public string Step { get; set; } = string.Empty;

    public SemVersion Version => journal.Version;

    public SemVersion? Previous => journal.Previous;

    /// <summary>The remote-tracking name of the base branch, e.g. origin/main.</summary>
    public string RemoteBase => $"{journal.Remote}/{journal.Base}";

    /// <summary>The values of the release placeholders; <paramref name="changes"/> fills {changes}.</summary>
    public Dictionary<string, string> Values(string changes = "")
    {
        var values = ReleaseValues.For(journal.Version, journal.Tag, journal.Previous, journal.PreviousTag, journal.Branch, journal.Base, journal.Remote, changes);
        values["date"] = Date;
        return values;
    }

    /// <summary>The release's {date}: the UTC day it began, so a resume on another day writes the same date.</summary>
    public string Date => config.DateText(journal.Created);

    /// <summary>What each reference holds for <paramref name="version"/> in this release (its {date} the release's).</summary>
    public Func<VersionReference, string> DatedValue(SemVersion version)
    {
        var values = Placeholders.Dated(version, Date);
        return reference => reference.Value.Render(values);
    }

    public string Render(ValueTemplate template) => template.Render(Values());

    public string Render(string template) => ValueTemplate.Parse(template, Placeholders.Release).Render(Values());

    public void Info(string line) => observer.Output(Step, line);

    /// <summary>Reports an action under the running step.</summary>
    public void Report(ReleaseAction action) => observer.Action(Step, action);

    /// <summary>
    /// Records that this release made <paramref name="refName"/> point at <paramref name="objectId"/>,
    /// and saves the journal: called before a ref is created (so a kill right after leaves a ref the
    /// journal knows) and after Slipway moves it.
    /// </summary>
    public void Claim(string refName, string objectId)
    {
        journal.CreatedRefs[refName] = objectId;
        SaveJournal();
    }

    /// <summary>
    /// Takes <paramref name="tip"/> as this release's when it is one commit, titled <paramref name="subject"/>,
    /// on top of where the journal left <paramref name="refName"/>: the commit a killed run made before it
    /// could record it.
    /// </summary>
    public bool AdoptCommit(string refName, string tip, string subject)
    {
        if (repository.Resolve(tip + "^") is not { } parent || !journal.Owns(refName, parent) || repository.Subject(tip) != subject)
        {
            return false;
        }

        Claim(refName, tip);
        return true;
    }
}

/// <summary>The values of the release placeholders ({version}, {tag}, {previous}, {branch}…).</summary>
public static class ReleaseValues
{
    public static Dictionary<string, string> For(SemVersion version, string tag, SemVersion? previous, string? previousTag, string branch, string @base, string remote, string changes = "")
    {
        var values = Placeholders.For(version, tag);
        values["previous"] = previous?.ToString() ?? string.Empty;
        values["previous_tag"] = previousTag ?? string.Empty;
        values["owner"] = string.Empty;
        values["repo"] = string.Empty;
        values["branch"] = branch;
        values["base"] = @base;
        values["remote"] = remote;
        values["changes"] = changes;
        return values;
    }
}
