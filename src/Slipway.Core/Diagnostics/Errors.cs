namespace Slipway.Core.Diagnostics;

/// <summary>
/// The error catalogue. Codes are stable: never renumber an entry, only add new ones.
/// The hundreds digit groups codes by exit code (SW1xx check failed, SW2xx usage, SW3xx repository
/// state, SW4xx remote, SW7xx internal). docs/errors.md lists every entry; a test keeps the two in step.
/// </summary>
public static class Errors
{
    public static readonly ErrorKind ReferencesDisagree = new("SW101", ExitCode.CheckFailed, "version references disagree");
    public static readonly ErrorKind ReferenceProblem = new("SW102", ExitCode.CheckFailed, "a version reference could not be read");
    public static readonly ErrorKind UnmanagedOccurrences = new("SW103", ExitCode.CheckFailed, "the version occurs in files no reference covers");
    public static readonly ErrorKind ArtifactsNotPublished = new("SW104", ExitCode.CheckFailed, "a published artifact is missing or wrong");
    public static readonly ErrorKind PullRequestClosed = new("SW106", ExitCode.CheckFailed, "the release pull request was closed without being merged");
    public static readonly ErrorKind NothingToRelease = new("SW107", ExitCode.CheckFailed, "nothing to release: no change since the last release");
    public static readonly ErrorKind ApiBreaking = new("SW110", ExitCode.CheckFailed, "the CRDs have breaking changes");
    public static readonly ErrorKind CrdsStale = new("SW111", ExitCode.CheckFailed, "the CRDs may be stale");
    public static readonly ErrorKind UpgradeTableWrong = new("SW112", ExitCode.CheckFailed, "the upgrade table disagrees with the CRDs");
    public static readonly ErrorKind ApiUnclassified = new("SW113", ExitCode.CheckFailed, "CRD changes that no rule classifies");
    public static readonly ErrorKind VersionTooLowForApi = new("SW114", ExitCode.CheckFailed, "the version is lower than the CRD changes require");
    public static readonly ErrorKind HandoffSourceMissing = new("SW140", ExitCode.CheckFailed, "a hand-off's files are not in the released tag");
    public static readonly ErrorKind HandoffPullRequestClosed = new("SW141", ExitCode.CheckFailed, "a hand-off's pull request was closed without being merged");

    public static readonly ErrorKind Usage = new("SW201", ExitCode.Usage, "bad command-line usage");
    public static readonly ErrorKind ConfigInvalid = new("SW202", ExitCode.Usage, "invalid configuration");
    public static readonly ErrorKind ConfigNotFound = new("SW203", ExitCode.Usage, "configuration file not found");
    public static readonly ErrorKind InvalidVersion = new("SW204", ExitCode.Usage, "not a SemVer 2.0 version");
    public static readonly ErrorKind ConfigExists = new("SW205", ExitCode.Usage, "a configuration file already exists");
    public static readonly ErrorKind NotesTemplateInvalid = new("SW206", ExitCode.Usage, "the notes template has an error");
    public static readonly ErrorKind NotesInputUnreadable = new("SW207", ExitCode.Usage, "a notes input file cannot be read");
    public static readonly ErrorKind InvalidDuration = new("SW209", ExitCode.Usage, "not a duration");
    public static readonly ErrorKind NoForgeToken = new("SW210", ExitCode.Usage, "no token for the forge (GitHub)");
    public static readonly ErrorKind NoForgeRepository = new("SW211", ExitCode.Usage, "the forge repository is not known");
    public static readonly ErrorKind PathOutsideWorkTree = new("SW212", ExitCode.Usage, "a configured path leaves the work tree");
    public static readonly ErrorKind ConfigNotRegularFile = new("SW213", ExitCode.Usage, "the configuration is not a regular file");
    public static readonly ErrorKind ConfigTooLarge = new("SW214", ExitCode.Usage, "the configuration file is too large");
    public static readonly ErrorKind ApiNotConfigured = new("SW230", ExitCode.Usage, "the API gate is not configured");
    public static readonly ErrorKind StepNotSkippable = new("SW260", ExitCode.Usage, "the step cannot be skipped");
    public static readonly ErrorKind DevelopmentVersionInvalid = new("SW261", ExitCode.Usage, "the development version is not a newer SemVer version");
    public static readonly ErrorKind WorkspaceInvalid = new("SW240", ExitCode.Usage, "invalid workspace file");
    public static readonly ErrorKind WorkspaceNotFound = new("SW241", ExitCode.Usage, "workspace file not found");
    public static readonly ErrorKind WorkspaceReleaseOutside = new("SW265", ExitCode.Usage, "a workspace release was run outside its workspace");
    public static readonly ErrorKind NotesFileNeedsHeading = new("SW280", ExitCode.Usage, "notes written into a changelog of every release have no heading naming the version");

    public static readonly ErrorKind ReferencesUnreadable = new("SW301", ExitCode.RepositoryState, "version references cannot be read");
    public static readonly ErrorKind NoCurrentVersion = new("SW302", ExitCode.RepositoryState, "no single current version");
    public static readonly ErrorKind WriteFailed = new("SW303", ExitCode.RepositoryState, "files could not be written");
    public static readonly ErrorKind NotARepository = new("SW304", ExitCode.RepositoryState, "not a git repository");
    public static readonly ErrorKind GitFailed = new("SW305", ExitCode.RepositoryState, "a git command failed");
    public static readonly ErrorKind InterruptedWriteRecovered = new("SW306", ExitCode.RepositoryState, "an interrupted write was rolled back");
    public static readonly ErrorKind DirtyWorkTree = new("SW307", ExitCode.RepositoryState, "the work tree has uncommitted changes");
    public static readonly ErrorKind WrongBranch = new("SW308", ExitCode.RepositoryState, "not on the release's base branch");
    public static readonly ErrorKind OutOfDate = new("SW309", ExitCode.RepositoryState, "the branch is not in step with the remote");
    public static readonly ErrorKind TagExists = new("SW310", ExitCode.RepositoryState, "the tag already exists");
    public static readonly ErrorKind VersionNotNewer = new("SW311", ExitCode.RepositoryState, "the version is not newer than the last release");
    public static readonly ErrorKind JournalUnreadable = new("SW312", ExitCode.RepositoryState, "the release journal cannot be read");
    public static readonly ErrorKind ReleaseInProgress = new("SW313", ExitCode.RepositoryState, "a release is already in progress");
    public static readonly ErrorKind NoRelease = new("SW314", ExitCode.RepositoryState, "no release in progress");
    public static readonly ErrorKind StepFailed = new("SW315", ExitCode.CheckFailed, "a release step failed");
    public static readonly ErrorKind Conflict = new("SW316", ExitCode.RepositoryState, "a cherry-pick stopped on a conflict");
    public static readonly ErrorKind TreeDoesNotHoldVersion = new("SW317", ExitCode.CheckFailed, "the commit to tag does not hold the version");
    public static readonly ErrorKind BranchConflict = new("SW318", ExitCode.RepositoryState, "a branch the release needs holds other work");
    public static readonly ErrorKind RepositoryLocked = new("SW319", ExitCode.RepositoryState, "another Slipway command is writing in this repository");
    public static readonly ErrorKind InterruptedWriteUnsafe = new("SW320", ExitCode.RepositoryState, "an interrupted write cannot be settled without losing later changes");
    public static readonly ErrorKind RealPathOutsideWorkTree = new("SW321", ExitCode.RepositoryState, "a path leads outside the work tree");
    public static readonly ErrorKind RealPathInsideGitDirectory = new("SW322", ExitCode.RepositoryState, "a path leads into the .git directory");
    public static readonly ErrorKind GoModuleUnhashable = new("SW355", ExitCode.RepositoryState, "the upstream Go module cannot be hashed as Go would");
    public static readonly ErrorKind GoModuleNotTagged = new("SW356", ExitCode.RepositoryState, "the upstream has no tag for the Go module's version");
    public static readonly ErrorKind GoSumsNotEditable = new("SW357", ExitCode.RepositoryState, "go.sum or vendor/modules.txt cannot be updated");
    public static readonly ErrorKind CrdUnreadable = new("SW360", ExitCode.RepositoryState, "a CRD manifest cannot be read");
    public static readonly ErrorKind CrdDefinedTwice = new("SW361", ExitCode.RepositoryState, "a CRD is defined twice, differently");
    public static readonly ErrorKind UpgradeTableUnreadable = new("SW362", ExitCode.RepositoryState, "the upgrade table cannot be found or read");
    public static readonly ErrorKind WorkspaceReleaseInProgress = new("SW370", ExitCode.RepositoryState, "a workspace release is already in progress");
    public static readonly ErrorKind NoWorkspaceRelease = new("SW371", ExitCode.RepositoryState, "no workspace release in progress");
    public static readonly ErrorKind WorkspaceJournalUnreadable = new("SW372", ExitCode.RepositoryState, "the workspace journal cannot be read");
    public static readonly ErrorKind HandoffBranchConflict = new("SW373", ExitCode.RepositoryState, "a hand-off's branch exists and is not Slipway's");
    public static readonly ErrorKind WorkspaceLocked = new("SW374", ExitCode.RepositoryState, "another Slipway command is running the workspace release");

    public static readonly ErrorKind ConfigurationChanged = new("SW365", ExitCode.RepositoryState, "the configuration changed during the release");
    public static readonly ErrorKind StepAlreadyFinished = new("SW366", ExitCode.RepositoryState, "the step is already done or skipped");

    public static readonly ErrorKind RemoteUnreachable = new("SW401", ExitCode.RemoteFailure, "a remote could not be reached");
    public static readonly ErrorKind ArtifactUnreachable = new("SW402", ExitCode.RemoteFailure, "an artifact's registry or URL could not be reached");
    public static readonly ErrorKind RegistryDenied = new("SW403", ExitCode.RemoteFailure, "a registry refused access");
    public static readonly ErrorKind GitHubFailed = new("SW405", ExitCode.RemoteFailure, "a GitHub API request failed");
    public static readonly ErrorKind GitHubTokenRejected = new("SW406", ExitCode.RemoteFailure, "GitHub rejected the token");
    public static readonly ErrorKind GitHubRateLimited = new("SW407", ExitCode.RemoteFailure, "the GitHub rate limit is exhausted");
    public static readonly ErrorKind GitHubNotFound = new("SW408", ExitCode.RemoteFailure, "GitHub did not find the repository or object");
    public static readonly ErrorKind GitHubRejected = new("SW409", ExitCode.RemoteFailure, "GitHub refused the request as invalid");
    public static readonly ErrorKind GitHubListTooLong = new("SW410", ExitCode.RemoteFailure, "a GitHub list is longer than Slipway reads");
    public static readonly ErrorKind GitHubNotOurs = new("SW411", ExitCode.RemoteFailure, "what Slipway was creating on GitHub was made by someone else meanwhile");

    public static readonly ErrorKind Internal = new("SW701", ExitCode.Internal, "internal error");

    /// <summary>Every entry, for documentation and tests.</summary>
    public static IReadOnlyList<ErrorKind> All { get; } = typeof(Errors)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(ErrorKind))
        .Select(f => (ErrorKind)f.GetValue(null)!)
        .ToArray();
}
