using Slipway.Core.Notes;
namespace Slipway.Core.Forges;

/// <summary>
/// What only the forge knows about the authors of a release: their logins, the pull request of a
/// commit whose title names none, and whether someone had a pull request merged before.
/// </summary>
public interface IContributorSource
{
    /// <summary>The changes with their authors' logins filled in where the forge knows them.</summary>
    IReadOnlyList<ChangeModel> WithLogins(IReadOnlyList<ChangeModel> changes);

    /// <summary>
    /// Whether <paramref name="login"/> had a pull request merged into the repository before
    /// <paramref name="before"/>; true also when the forge cannot say for sure, so that nobody is
    /// mislabelled a new contributor.
    /// </summary>
    bool ContributedBefore(string login, DateTimeOffset before);
}
