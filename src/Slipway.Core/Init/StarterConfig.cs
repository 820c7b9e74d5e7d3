using System.Globalization;
using System.Text;

namespace Slipway.Core.Init;

/// <summary>Writes the commented starter slipway.yaml from what <see cref="ProjectDetector"/> proposes.</summary>
public static class StarterConfig
{
    public static string Render(string name, InitProposal proposal, bool goModule)
    {
        var text = new StringBuilder();
        text.Append(Configuration.SchemaLocation.Modeline).Append('\n');
        text.Append("# slipway.yaml, written by 'slipway init'. 'slipway schema' prints what every key means.\n");
        text.Append("# 'slipway show' lists what each reference holds, 'slipway bump X.Y.Z' rewrites them all,\n");
        text.Append("# 'slipway verify' checks them in CI, and 'slipway audit' finds places this file does not list.\n");
        text.Append("name: ").Append(Quote(name)).Append('\n');
        text.Append(goModule
            ? "tag: v{version}                # Go modules need the v prefix on their tags\n"
            : "tag: v{version}                # the git tag of a release\n");
        text.Append("versions:\n");
        if (proposal.References.Count == 0)
        {
            // Commented, like the candidates: a live example naming a file that is not there would fail 'show'.
            text.Append("  # No version file was recognised. Add one entry per place the version is written")
                .Append(proposal.Candidates.Count > 0 ? " (or uncomment candidates below)" : string.Empty).Append(", e.g.:\n");
            text.Append("  # - file: VERSION\n  #   whole: true\n");
        }

        foreach (var reference in proposal.References)
        {
            var lines = reference.Count == 1 ? $"line {reference.Line}" : $"lines {string.Join(", ", reference.Lines)}";
            Entry(text, "  ", ("file", reference.File), reference.Kind, reference.Argument, reference.ValueTemplate, reference.Count,
                $"{reference.Why}, now {reference.CurrentValue} ({lines})");
        }

        if (proposal.LeftOut.Count > 0)
        {
            text.Append("  # Left out: these hold another version than ").Append(proposal.Version)
                .Append(", so releases do not seem to change them:\n");
            foreach (var reference in proposal.LeftOut)
            {
                text.Append(CultureInfo.InvariantCulture, $"  #   {reference.File}:{reference.Line}  {reference.Locator} = {reference.CurrentValue}\n");
            }
        }

        if (proposal.Candidates.Count > 0)
        {
            text.Append("  # Other places that hold ").Append(proposal.Version)
                .Append(" ('slipway audit' reports them); uncomment those a release should change:\n");
            foreach (var candidate in proposal.Candidates)
            {
                var line = $"line {candidate.Line}: {candidate.Text}";
                if (candidate.Kind is { } kind)
                {
                    var place = candidate.Glob is { } glob ? ("files", glob) : ("file", candidate.File);
                    var where = candidate.Glob is null ? line : $"{candidate.Places.Count} lines, first {candidate.File}:{candidate.Line}: {candidate.Text}";
                    Entry(text, "  # ", place, kind, candidate.Argument!, candidate.ValueTemplate, candidate.Count, where);
                }
                else
                {
                    text.Append("  #   ").Append(candidate.File).Append(':').Append(line.Replace("line ", string.Empty, StringComparison.Ordinal)).Append('\n');
                }
            }

            if (proposal.MoreCandidates > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"  # …and {proposal.MoreCandidates} more: run 'slipway audit' for the full list.\n");
            }
        }

        return text.ToString();
    }

    // count 0 stands for 'any' (with optional: a glob's files need not all hold the line).
    private static void Entry(StringBuilder text, string prefix, (string Key, string Path) place, string kind, string argument, string? template, int count, string comment)
    {
        text.Append(prefix).Append("- ").Append(place.Key).Append(": ").Append(Quote(place.Path)).Append('\n');
        text.Append(prefix).Append("  ").Append(kind).Append(": ").Append(kind == "regex" ? SingleQuoted(argument) : Quote(argument))
            .Append("   # ").Append(comment.Replace('\n', ' ')).Append('\n');
        if (template is not null)
        {
            text.Append(prefix).Append("  value: ").Append(Quote(template)).Append('\n');
        }

        if (count > 1)
        {
            text.Append(prefix).Append("  count: ").Append(count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        else if (count == 0)
        {
            text.Append(prefix).Append("  count: any\n").Append(prefix).Append("  optional: true\n");
        }
    }

    // Quote what YAML would otherwise misread: flow indicators, '#', ': ', a leading indicator, edges of blanks.
    private static string Quote(string value) =>
        value.Length == 0 || value != value.Trim() || value[0] is '-' or '?' or ':' || value.EndsWith(':')
        || value.IndexOfAny(['[', ']', '{', '}', '#', ',', '"', '\'', '*', '&', '!', '|', '>', '%', '@', '`']) >= 0
        || value.Contains(": ", StringComparison.Ordinal)
            ? SingleQuoted(value)
            : value;

    private static string SingleQuoted(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
