using Slipway.Core.Configuration;
using Slipway.Core.Forges.GitHub;
using Slipway.Core.Git;
using Slipway.Core.Hosting;
using Slipway.Core.Templates;
using Slipway.Core.Versioning;

namespace Slipway.Core.Release;

/// <summary>What every step of a release works with: the configuration, git, the journal and the template values.</summary>
public sealed class ReleaseContext
{
    public ReleaseContext(SlipwayConfig config, ReleaseJournal journal, GitRunner git, IReleaseObserver observer)
    {
        Config = config;
        Journal = journal;
        Git = git;
        Reader = new GitReader(git);
        Writer = new GitWriter(git);
        Observer = observer;
        Version = SemVersion.Parse(journal.Version);
    }

    private GitHubConnection? _gitHub;

    public SlipwayConfig Config { get; }

    /// <summary>The environment, clock and sleep the GitHub client uses.</summary>
    public RunHost Host { get; init; } = RunHost.System;

    /// <summary>The GitHub repository and, with a token, its client; opened on first use.</summary>
    public GitHubConnection GitHub => _gitHub ??= GitHubConnection.Open(Config, Git, Host);

    public ReleaseSettings Settings => Config.Release;

    public ReleaseJournal Journal { get; }

    public GitRunner Git { get; }

    public GitReader Reader { get; }

    public GitWriter Writer { get; }

    public IReleaseObserver Observer { get; }

    public SemVersion Version { get; }

    public SemVersion? Previous => Journal.Previous is { } p ? SemVersion.Parse(p) : null;

    /// <summary>The remote-tracking name of the base branch, e.g. origin/main.</summary>
    public string RemoteBase => $"{Journal.Remote}/{Journal.Base}";

    /// <summary>The values of the release placeholders; <paramref name="changes"/> fills {changes}.</summary>
    public Dictionary<string, string> Values(string changes = "")
    {
        var values = Placeholders.For(Version);
        values["tag"] = Journal.Tag;
        values["core"] = Version.Core().ToString();
        values["rc"] = PreReleaseStyle.NumberOf(Version.PreRelease)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        values["previous"] = Journal.Previous ?? string.Empty;
        values["previous_tag"] = Journal.PreviousTag ?? string.Empty;
        values["owner"] = string.Empty;
        values["repo"] = string.Empty;
        values["branch"] = Journal.Branch;
        values["base"] = Journal.Base;
        values["remote"] = Journal.Remote;
        values["changes"] = changes;
        return values;
    }

    public string Render(ValueTemplate template) => template.Render(Values());

    public string Render(string template) => ValueTemplate.Parse(template, Placeholders.Release).Render(Values());

    public void Info(string step, string line) => Observer.Output(step, line);

    /// <summary>Saves the journal now; the runner sets it (a step records a ref before it creates it).</summary>
    public Action SaveJournal { get; set; } = () => { };

    /// <summary>
    /// Records that this release made <paramref name="refName"/> point at <paramref name="objectId"/>,
    /// and saves the journal: called before a ref is created (so a kill right after leaves a ref the
    /// journal knows) and after Slipway moves it.
    /// </summary>
    public void Claim(string refName, string objectId)
    {
        Journal.CreatedRefs[refName] = objectId;
        SaveJournal();
    }

    /// <summary>
    /// Takes <paramref name="tip"/> as this release's when it is one commit, titled <paramref name="subject"/>,
    /// on top of where the journal left <paramref name="refName"/>: the commit a killed run made before it
    /// could record it.
    /// </summary>
    public bool AdoptCommit(string refName, string tip, string subject)
    {
        if (Reader.Resolve(tip + "^") is not { } parent || !Journal.Owns(refName, parent) || Reader.Subject(tip) != subject)
        {
            return false;
        }

        Claim(refName, tip);
        return true;
    }
}
