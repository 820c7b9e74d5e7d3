using System.Text;
using System.Text.RegularExpressions;
using Slipway.Core.Configuration;
using Slipway.Core.Templates;

namespace Slipway.Core.Notes;

/// <summary>
/// Recognises the changes that prepared a release, of any version: the release commit (its title
/// follows the first line of <c>commit.message</c>), and the release pull request, merged from a
/// branch that follows the <c>branch</c> template or titled as <c>pull-request.title</c> (or as the
/// commit, when it was squashed). Patterns come from the configured templates, never from fixed
/// text; a version placeholder matches only a version, so "Release notes" is not "Release {tag}".
/// </summary>
public sealed class ReleasePreparation
{
    // Built when first needed: most runs meet no title that starts like a release's. Null when no
    // template is specific enough to recognise anything by (a commit message of only "{changes}").
    private readonly Lazy<Regex>? _titles;
    private readonly Lazy<Regex>? _branch;

    // The literal text every matching title starts with (null when a template starts with a
    // placeholder): it is asked of every change of a long history, and a prefix settles most.
    private readonly string[]? _titleStarts;

    public ReleasePreparation(SlipwayConfig config)
    {
        var release = config.Release;
        var tag = Pattern(config.Tag.Source, Placeholders.Version, null);
        var titles = new[] { release.CommitMessage.Split('\n', 2)[0].TrimEnd(), release.PullRequestTitle }.Where(IsSpecific).ToList();
        if (titles.Count > 0)
        {
            _titles = new(() => Anchored(string.Join('|', titles.Select(t => $"(?:{Pattern(t, Placeholders.Release, tag)})"))));
            var starts = titles.Select(LiteralStart).ToList();
            _titleStarts = starts.Any(p => p is null) ? null : starts.OfType<string>().ToArray();
        }

        _branch = IsSpecific(release.Branch) ? new(() => Anchored(Pattern(release.Branch, Placeholders.Release, tag))) : null;
    }

    /// <summary>Whether a change with this title (without its "(#N)") and merged branch (null for a commit) prepared a release.</summary>
    public bool Prepared(string title, string? mergedBranch) =>
        (_titles is not null && (_titleStarts is null || StartsWithAny(title, _titleStarts)) && _titles.Value.IsMatch(title))
        || (mergedBranch is not null && _branch is not null && _branch.Value.IsMatch(mergedBranch));

    // A loop rather than Any with a lambda: this is asked of every change, and the lambda captured the title each time.
    private static bool StartsWithAny(string title, string[] starts)
    {
        foreach (var start in starts)
        {
            if (title.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string? LiteralStart(string template) =>
        ValueTemplate.Parse(template, Placeholders.Release).Parts is [LiteralPart { Text.Length: > 0 } first, ..] ? first.Text : null;

    // A template says something only with text of its own or a version in it: "{changes}" or "{branch}" would match anything.
    private static bool IsSpecific(string template) => ValueTemplate.Parse(template, Placeholders.Release).Parts.Any(part => part switch
    {
        LiteralPart literal => !string.IsNullOrWhiteSpace(literal.Text),
        PlaceholderPart placeholder => placeholder.Name is "version" or "tag" or "core" or "major" or "minor" or "patch" or "previous" or "previous_tag",
        _ => false,
    });

    private static Regex Anchored(string pattern) => new($"^(?:{pattern})$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static string Pattern(string template, IReadOnlySet<string> allowed, string? tag)
    {
        var text = new StringBuilder();
        Append(ValueTemplate.Parse(template, allowed).Parts, text, tag);
        return text.ToString();
    }

    private static void Append(IEnumerable<TemplatePart> parts, StringBuilder text, string? tag)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case LiteralPart literal:
                    text.Append(Regex.Escape(literal.Text));
                    break;
                case PlaceholderPart placeholder:
                    text.Append(Placeholder(placeholder.Name, tag));
                    break;
                case ConditionalPart conditional:
                    text.Append("(?:");
                    Append(conditional.Parts, text, tag);
                    text.Append(")?");
                    break;
            }
        }
    }

    private const string Version = @"\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?";

    private static string Placeholder(string name, string? tag) => name switch
    {
        "version" or "previous" => Version,
        "tag" or "previous_tag" => tag ?? Version,
        "core" => @"\d+\.\d+\.\d+",
        "major" or "minor" or "patch" => @"\d+",
        "rc" => @"\d*",
        "prerelease" or "build" => "[0-9A-Za-z.-]*",
        "changes" => ".*",
        _ => @"\S+", // branch, base, remote, owner, repo
    };
}
