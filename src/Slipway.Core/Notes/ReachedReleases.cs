using Slipway.Core.Git;

namespace Slipway.Core.Notes;

/// <summary>
/// The previous release is the greatest candidate the end reaches. The first few candidates are
/// checked one by one (by the caller, as it reads or asks git); past them, a project that tags its
/// releases on release branches has most of its tags off the end's history, and each further check is
/// a walk as long as that history (36 of them, 0.7 s, on a real operator's 1,300 commits), so git is
/// asked once, with one <c>for-each-ref --merged</c>, which of the rest it reaches.
/// </summary>
public static class ReachedReleases
{
    /// <summary>How many candidates the caller checks one by one before asking.</summary>
    public const int CheckedOneByOne = 2;

    /// <summary>The greatest of the candidates after the first <see cref="CheckedOneByOne"/> that <paramref name="end"/> reaches, or null.</summary>
    /// <param name="candidates">Greatest first.</param>
    public static PreviousRelease? FirstAfterChecked(GitRunner git, IReadOnlyList<PreviousRelease> candidates, string end)
    {
        if (candidates.Count <= CheckedOneByOne)
        {
            return null;
        }

        var reached = new GitReader(git).TagsReachedFrom(end);
        return candidates.Skip(CheckedOneByOne).FirstOrDefault(c => reached.Contains(c.Tag));
    }
}
