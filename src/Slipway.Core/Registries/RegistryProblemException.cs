namespace Slipway.Core.Registries;

/// <summary>
/// A check that could not be completed (unreachable, denied, nonsense answer). Caught per artifact and
/// turned into its result, so one broken registry never stops the other checks.
/// </summary>
public sealed class RegistryProblemException : Exception
{
    public RegistryProblemException(ArtifactStatus status, string message)
        : base(message) => Status = status;

    public RegistryProblemException()
        : this(ArtifactStatus.Unreachable, "the registry could not be used")
    {
    }

    public RegistryProblemException(string message)
        : this(ArtifactStatus.Unreachable, message)
    {
    }

    public RegistryProblemException(string message, Exception innerException)
        : base(message, innerException) => Status = ArtifactStatus.Unreachable;

    public ArtifactStatus Status { get; }
}
