using System.CommandLine;
using System.CommandLine.Completions;
using Slipway.Core.Configuration;
using Slipway.Core.Git;
using Slipway.Core.Release;
using Slipway.Core.Release.Journal;

namespace Slipway.Cli.Infrastructure;

/// <summary>
/// The values a shell completes that only the repository knows: the steps left in the release in
/// progress, its version, the versions of the release tags, and the next version. They are read
/// without taking the lock or settling an interrupted write (completion never writes), and a
/// repository that cannot be read completes nothing rather than fail the shell's key press.
/// </summary>
internal static class ValueCompletions
{
    /// <summary>The release journals' versions: the ones in progress, or with <paramref name="finished"/> every one, newest first.</summary>
    public static Option<string?> JournalVersions(this Option<string?> option, CommandContext context, bool finished = false) =>
        Completing(option, context, (config, git) => Journals(config, git).Where(j => finished || !j.IsFinished).Reverse().Select(j => j.Version.ToString()));

    /// <summary>The versions a released or releasable version may be: the next one, the references', the tagged ones (greatest first).</summary>
    public static Option<string?> ReleaseVersions(this Option<string?> option, CommandContext context) =>
        Completing(option, context, (config, git) => Next(config, git).Concat(Tagged(config, git)));

    /// <summary>The versions the release tags name, greatest first.</summary>
    public static Option<string?> TaggedVersions(this Option<string?> option, CommandContext context) =>
        Completing(option, context, Tagged);

    /// <summary>The versions a new tag may name: the one the references hold, and the next one.</summary>
    public static Argument<string?> VersionsToTag(this Argument<string?> argument, CommandContext context)
    {
        argument.CompletionSources.Add(completion => Quietly(completion, context, Next));
        return argument;
    }

    /// <summary>The manual steps left in the release in progress; in a workspace, the hand-offs a person may mark merged.</summary>
    public static Argument<string> StepsToMarkDone(this Argument<string> argument, CommandContext context)
    {
        argument.CompletionSources.Add(completion => Quietly(completion, context,
            (config, git) => RemainingSteps.ToMarkDone(config, InProgress(config, git)),
            Core.Workspace.Run.RemainingHandoffs.ToMarkDone));
        return argument;
    }

    public static Argument<string> StepsToSkip(this Argument<string> argument, CommandContext context)
    {
        argument.CompletionSources.Add(completion => Quietly(completion, context, (config, git) => RemainingSteps.ToSkip(config, InProgress(config, git))));
        return argument;
    }

    private static Option<string?> Completing(Option<string?> option, CommandContext context, Func<SlipwayConfig, GitRunner, IEnumerable<string>> values)
    {
        option.CompletionSources.Add(completion => Quietly(completion, context, values));
        return option;
    }

    // In a workspace (found as the command finds it: --workspace, or the file in the directory) a command
    // that works on the workspace completes from it: <paramref name="inWorkspace"/>, when it is given.
    private static List<string> Quietly(CompletionContext completion, CommandContext context, Func<SlipwayConfig, GitRunner, IEnumerable<string>> values,
        Func<Core.Workspace.LoadedWorkspace, IEnumerable<string>>? inWorkspace = null)
    {
        try
        {
            var run = context.Open(completion.ParseResult);
            var workspace = inWorkspace is null ? null : Core.Workspace.WorkspaceLoader.Find(run.Directory, completion.ParseResult.GetValue<string?>("--workspace"));
            IEnumerable<string> offered;
            if (workspace is not null)
            {
                offered = inWorkspace!(Core.Workspace.WorkspaceLoader.Load(workspace, run.Display(workspace)));
            }
            else
            {
                var config = ConfigLoader.Load(run.ConfigPath, run.Display(run.ConfigPath));
                offered = values(config, new GitRunner(config.Root));
            }

            return offered.Distinct().Where(v => v.StartsWith(completion.WordToComplete, StringComparison.Ordinal)).ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // No slipway.yaml, a configuration with errors, no repository: nothing to offer; the command itself will say why.
            return [];
        }
    }

    private static IReadOnlyList<ReleaseJournal> Journals(SlipwayConfig config, GitRunner git) => new ReleaseJournals(config, git).All();

    // The one release in progress, else none (several in progress: the person names one with --version).
    private static ReleaseJournal? InProgress(SlipwayConfig config, GitRunner git) =>
        Journals(config, git).Where(j => !j.IsFinished).ToList() is [var only] ? only : null;

    private static IEnumerable<string> Tagged(SlipwayConfig config, GitRunner git) =>
        new Core.Notes.RangeResolver(git, config.Tag).Candidates(_ => true).Take(20).Select(v => v.ToString());

    private static IEnumerable<string> Next(SlipwayConfig config, GitRunner git)
    {
        var held = Core.References.ReferenceReader.AgreedVersion(config);
        var next = new Core.Planning.TargetVersion(config, git).Next(null, held);
        string?[] versions = [next.IsEmpty ? null : next.Result.Version.ToString(), held?.ToString()];
        return versions.OfType<string>();
    }
}
