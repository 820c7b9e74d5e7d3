namespace Slipway.Core.Diagnostics;

/// <summary>The process exit codes of every Slipway command. The numbers are part of the public contract.</summary>
public enum ExitCode
{
    Success = 0,

    /// <summary>The command ran and found a problem: references disagree, an artifact is missing.</summary>
    CheckFailed = 1,

    /// <summary>Bad command-line usage or a bad configuration file.</summary>
    Usage = 2,

    /// <summary>The repository is in a state that refuses the operation (dirty tree, tag exists, ...).</summary>
    RepositoryState = 3,

    /// <summary>A remote service (git remote, registry, forge) failed or could not be reached.</summary>
    RemoteFailure = 4,

    /// <summary>A bug in Slipway.</summary>
    Internal = 70,
}
