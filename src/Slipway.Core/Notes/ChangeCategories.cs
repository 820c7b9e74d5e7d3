using Slipway.Core.Configuration;

namespace Slipway.Core.Notes;

/// <summary>
/// Which section a change belongs to. A change can be three things at once: breaking (<c>!</c> or a
/// footer), a dependency update (scope or type <c>deps</c>, or a title shaped like dependabot's and
/// renovate's), and its type. It goes to the first of these that <c>notes.sections</c> lists, in that
/// order: with the default sections a breaking fix is under Breaking Changes and a <c>fix(deps)</c>
/// under Dependencies; where the configuration lists no <c>deps</c> section (conventional-changelog's
/// Features and Bug Fixes) a <c>fix(deps)</c> is a fix, as the generator lists it, rather than
/// nowhere. When no section lists any of them, the change keeps the first (a <c>chore(deps)</c> is
/// "deps") and is in no section. Who made a change decides nothing.
/// </summary>
public sealed class ChangeCategories(IReadOnlyList<KeyValuePair<string, string>> sections)
{
    private const string Breaking = "breaking";
    private const string Dependencies = "deps";

    private readonly HashSet<string> _sectioned = sections.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);

    public ChangeCategories(NotesSettings settings)
        : this(settings.Sections)
    {
    }

    public string Of(bool breaking, string title, string? type, string? scope)
    {
        var dependency = scope is "deps" or "deps-dev" || type is "deps" || (type is null && IsDependencyUpdate(title));
        var own = type ?? "other";
        if (breaking && _sectioned.Contains(Breaking))
        {
            return Breaking;
        }

        if (dependency && _sectioned.Contains(Dependencies))
        {
            return Dependencies;
        }

        return _sectioned.Contains(own) ? own : breaking ? Breaking : dependency ? Dependencies : own;
    }

    // "Bump golang.org/x/net from 0.23.0 to 0.33.0", "Update dependency eslint to v9", "Update module x to v2".
    private static bool IsDependencyUpdate(string title) =>
        (title.StartsWith("Bump ", StringComparison.Ordinal) && title.Contains(" from ", StringComparison.Ordinal) && title.Contains(" to ", StringComparison.Ordinal))
        || title.StartsWith("Update dependency ", StringComparison.Ordinal) || title.StartsWith("Update module ", StringComparison.Ordinal);
}
