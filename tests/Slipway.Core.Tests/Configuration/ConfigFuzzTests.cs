using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Editing;
using Slipway.Core.Files;
using Slipway.Core.Templates;
using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.Configuration;

/// <summary>
/// Configuration fuzzing: whatever the text, loading it either gives a configuration whose values
/// can be used, or a configuration error (exit 2) in which every mistake is located, file:line:col.
/// Anything else escaping the loader would be an exit 70 with a stack trace. The loader runs in
/// process, so thousands of cases take seconds.
/// </summary>
/// <remarks>
/// SLIPWAY_FUZZ_CASES runs more cases (a long sweep); SLIPWAY_FUZZ_LAST names a file that holds each
/// input while it is loaded, so a crash no handler can catch (a stack overflow) leaves its input behind.
/// </remarks>
public sealed partial class ConfigFuzzTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("SLIPWAY_FUZZ_CASES"), out var cases) ? cases : 6000;

    private static readonly string? LastInput = Environment.GetEnvironmentVariable("SLIPWAY_FUZZ_LAST");

    private static readonly SemVersion Sample = SemVersion.Parse("1.2.3-rc.1");

    [Fact]
    public void Every_mutated_configuration_loads_or_is_refused_with_located_mistakes() =>
        Prop.ForAll(Arb.From(ConfigMutations.Configurations), bytes =>
        {
            var outcome = Load(bytes);
            return (outcome is null).Label(outcome ?? string.Empty);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithStartSize(1));

    [Fact]
    public void The_seeds_are_the_real_configurations_and_each_loads()
    {
        ConfigMutations.Seeds.Count.ShouldBeGreaterThan(10);
        foreach (var seed in ConfigMutations.Seeds)
        {
            Should.NotThrow(() => ConfigLoader.Parse(seed, "/repo/slipway.yaml", "slipway.yaml"), seed);
        }
    }

    // Null when the outcome is one the contract allows; otherwise what went wrong, with the input.
    private static string? Load(byte[] bytes)
    {
        if (LastInput is not null)
        {
            File.WriteAllBytes(LastInput, bytes);
        }

        var text = System.Text.Encoding.UTF8.GetString(bytes);
        try
        {
            var config = ConfigLoader.Parse(bytes, "/repo/slipway.yaml", "slipway.yaml");
            Use(config);
            return null;
        }
        catch (SlipwayException e) when (e.Kind == Errors.ConfigInvalid)
        {
            var unlocated = e.Details.Where(d => !Located().IsMatch(d)).ToList();
            return e.Details.Count > 0 && unlocated.Count == 0 ? null : $"unlocated mistakes {string.Join(" | ", unlocated)} in:\n{text}";
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}\nin:\n{text}";
        }
    }

    // What commands do with a configuration right after loading it must not fail either.
    private static void Use(SlipwayConfig config)
    {
        _ = config.Tag.VersionOf(config.Tag.TagFor(Sample));
        foreach (var reference in config.Versions.Concat(config.Release.Pins.Select(p => p.Reference)))
        {
            if (reference.Glob is { } glob)
            {
                _ = new Glob(glob).IsMatch("a/b/c.yaml");
            }

            _ = reference.Value.Match(reference.Value.Render(Sample));
            try
            {
                _ = reference.Locator.Locate("version: 1.2.3\nVERSION ?= 1.2.3\r\n{\"version\": \"1.2.3\"}\n");
            }
            catch (LocateException)
            {
                // A locator may find the sample text not of its format: that is a reported problem, not a crash.
            }
        }

        foreach (var template in new[] { config.Release.Branch, config.Release.PatchBranch, config.Release.CommitMessage, config.Release.TagMessage })
        {
            _ = ValueTemplate.Parse(template, Placeholders.Release).Render(Sample);
        }
    }

    [GeneratedRegex(@"^slipway\.yaml:\d+:\d+: \S")]
    private static partial Regex Located();
}
