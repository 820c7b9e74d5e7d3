using Slipway.Core.Configuration;
using Slipway.Core.Git;
using Slipway.Core.Hosting;
using Slipway.Core.Registries;
using Slipway.Core.Release.Actions;
using Slipway.Core.Release.Journal;
using Slipway.Core.Release.Steps;

namespace Slipway.Core.Release.Views;

/// <summary>The real world: commands run in the repository (and what they changed is reported), registries are asked, waits are real.</summary>
public sealed class LiveWorld(SlipwayConfig config, GitRunner git, RunHost host, Action<ReleaseAction> report) : IReleaseWorld
{
    public CommandOutcome? Run(RunCommand command, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, Action<string> output)
    {
        var reader = new GitReader(git);
        var before = reader.Changes().ToHashSet(StringComparer.Ordinal);
        var outcome = CommandRunner.Run(command.Line, config.Root, timeout, environment, output);
        report(command with { Changed = reader.Changes().Where(line => !before.Contains(line)).Select(line => line[3..]).ToList() });
        return outcome;
    }

    public IReadOnlyList<ArtifactResult> CheckArtifacts(IReadOnlyList<ArtifactCheck> checks, TimeSpan wait, IArtifactObserver progress)
    {
        report(Actions.CheckArtifacts.For(checks, wait));
        var clock = new HostTimeProvider(host);
        // Logins are looked up through the run's host, as the forge token is: one source of the environment.
        using var verifier = new ArtifactVerifier(config.Artifacts.Registries, new RegistryCredentials(host.Variable));
        return new ArtifactWaiter(verifier, clock, clock.Delay).WaitAsync(checks, wait, progress).GetAwaiter().GetResult();
    }

    public TimeSpan WaitLimit(TimeSpan configured) => configured;

    public bool Fulfil(ReleaseWait wait, string reason, ReleaseJournal journal) => false;
}
