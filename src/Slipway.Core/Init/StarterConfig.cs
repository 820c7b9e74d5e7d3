using System.Text;
using Slipway.Core.Versioning;

namespace Slipway.Core.Init;

/// <summary>Writes the commented starter slipway.yaml from what <see cref="ProjectDetector"/> found.</summary>
public static class StarterConfig
{
    /// <summary>The version most detected references hold (the one the file will be consistent with), or null.</summary>
    public static SemVersion? MajorityVersion(IReadOnlyList<DetectedReference> detected) => detected
        .Select(d => Implied(d))
        .OfType<SemVersion>()
        .GroupBy(v => v)
        .OrderByDescending(g => g.Count())
        .ThenByDescending(g => g.Key)
        .Select(g => g.Key)
        .FirstOrDefault();

    public static string Render(string name, IReadOnlyList<DetectedReference> detected, bool goModule)
    {
        var version = MajorityVersion(detected);
        var text = new StringBuilder();
        text.Append("# slipway.yaml, written by 'slipway init'. Every key is described in docs/configuration.md.\n");
        text.Append("# 'slipway show' lists what each reference holds, 'slipway bump X.Y.Z' rewrites them all,\n");
        text.Append("# 'slipway verify' checks them in CI, and 'slipway audit' finds places this file does not list.\n");
        text.Append("name: ").Append(name).Append('\n');
        text.Append(goModule
            ? "tag: v{version}                # Go modules need the v prefix on their tags\n"
            : "tag: v{version}                # the git tag of a release\n");
        text.Append("versions:\n");
        if (detected.Count == 0)
        {
            text.Append("  # No version file was recognised. Add one entry per place the version is written, e.g.:\n");
            text.Append("  - file: VERSION\n    whole: true\n");
            return text.ToString();
        }

        foreach (var reference in detected)
        {
            var agrees = version is null || Equals(Implied(reference), version);
            var prefix = agrees ? "  " : "  # ";
            if (!agrees)
            {
                text.Append("  # This one holds '").Append(reference.CurrentValue).Append("', not ").Append(version)
                    .Append(": uncomment it once it is fixed (or run 'slipway bump ").Append(version).Append("' after uncommenting).\n");
            }

            text.Append(prefix).Append("- file: ").Append(reference.File).Append('\n');
            text.Append(prefix).Append("  ").Append(reference.Kind).Append(": ").Append(Quote(reference.Argument))
                .Append("   # ").Append(reference.Why).Append(", now ").Append(reference.CurrentValue).Append('\n');
            if (reference.ValueTemplate is { } template)
            {
                text.Append(prefix).Append("  value: ").Append(Quote(template)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static SemVersion? Implied(DetectedReference reference)
    {
        var template = Templates.ValueTemplate.ForVersion(reference.ValueTemplate ?? "{version}");
        return template.Match(reference.CurrentValue)?.Version;
    }

    // Quote what YAML would otherwise misread: flow indicators, '#', ': ', or a leading special character.
    private static string Quote(string value) =>
        value.IndexOfAny(['[', ']', '{', '}', '#', ',', '"', '\'', '*', '&', '!', '|', '>', '%', '@', '`']) >= 0 || value.Contains(": ", StringComparison.Ordinal)
            ? "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'"
            : value;
}
