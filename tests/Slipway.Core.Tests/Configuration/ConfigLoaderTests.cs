using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Editing.Locators;

namespace Slipway.Core.Tests.Configuration;

public sealed class ConfigLoaderTests
{
    private static SlipwayConfig Parse(string text) => ConfigLoader.Parse(text, "/repo/slipway.yaml", "slipway.yaml");

    private static IReadOnlyList<string> Mistakes(string text)
    {
        var error = Should.Throw<SlipwayException>(() => Parse(text));
        error.Kind.ShouldBe(Errors.ConfigInvalid);
        error.Kind.Exit.ShouldBe(ExitCode.Usage);
        return error.Details;
    }

    [Fact]
    public void Loads_a_minimal_file_with_defaults()
    {
        var config = Parse("versions:\n  - file: VERSION\n    whole: true\n");
        config.Name.ShouldBe("repo");
        config.Tag.Source.ShouldBe("v{version}");
        config.Root.ShouldBe("/repo");
        var reference = config.Versions.Single();
        reference.Label.ShouldBe("versions[0]");
        reference.Locator.ShouldBeOfType<WholeFileLocator>();
        reference.Value.Source.ShouldBe("{version}");
        reference.Count.ShouldBe(MatchCount.ExactlyOne);
        reference.When.ShouldBe(ReleaseFilter.Always);
        reference.Position.ShouldBe(new SourcePosition(2, 5));
    }

    [Fact]
    public void The_fingerprint_is_the_sha256_of_the_files_bytes_and_follows_them()
    {
        // Hashed on first use (not at load), so the value must still be that of the bytes loaded.
        const string text = "versions:\n  - file: VERSION\n    whole: true\n";
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        Parse(text).Fingerprint.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        Parse(text + "# a comment\n").Fingerprint.ShouldNotBe(Parse(text).Fingerprint);
        (Parse(text) with { Name = "renamed" }).Fingerprint.ShouldBe(Parse(text).Fingerprint);
    }

    [Fact]
    public void Gomod_references_default_to_the_canonical_v_form() =>
        Parse("versions:\n  - file: go.mod\n    gomod: github.com/bpfman/bpfman\n").Versions[0].Value.Source.ShouldBe("v{version}");

    [Fact]
    public void Reads_every_option_of_an_entry()
    {
        var reference = Parse("""
            versions:
              - files: ./examples/**/kustomization.yaml
                yaml: images[name=bpfman].newTag
                value: v{version}
                count: any
                optional: true
                when: final
                follows: bpfman
            """).Versions.Single();
        reference.Glob.ShouldBe("examples/**/kustomization.yaml");
        reference.Count.ShouldBe(MatchCount.AnyNumber);
        reference.Optional.ShouldBeTrue();
        reference.When.ShouldBe(ReleaseFilter.Final);
        reference.Follows.ShouldBe("bpfman");
    }

    [Fact]
    public void Reports_every_mistake_at_once_with_line_and_column()
    {
        var mistakes = Mistakes("""
            tag: 'v{verion}'
            versoins: []
            versions:
              - file: Makefile
                make: VERSION
                yaml: version
              - file: Makefile
              - files: x
                regex: 'VERSION = (\d+'
              - file: ../outside
                regex: 'VERSION = \d+'
                count: 0
                when: sometimes
              - make: VERSION
                value: '{version'
                optional: yes
                fiel: x
            """);
        mistakes.ShouldBe([
            "slipway.yaml:1:8: tag: unknown placeholder '{verion}'; allowed here: {build}, {major}, {minor}, {patch}, {prerelease}, {version}",
            "slipway.yaml:2:1: unknown key 'versoins' at the top level (did you mean 'versions'?); allowed: name, tag, date-format, versions, audit, notes, forge, next, artifacts, registries, api, branch, base, remote, signoff, commit, pins, copies, after-bump, checks, steps, profiles, patch-branch, post-release, pull-request, artifacts-wait, development",
            "slipway.yaml:6:5: versions[0] has two locators, 'make' and 'yaml'; an entry has exactly one (add another entry for the second place)",
            "slipway.yaml:7:5: versions[1] names no locator; add one of: make, yaml, toml, json, xml, gomod, regex, whole",
            "slipway.yaml:9:27: versions[2].regex: not a valid regular expression: insufficient closing parentheses at offset 14",
            "slipway.yaml:10:11: versions[3].file must be a path inside the repository, relative to slipway.yaml and outside .git/, found '../outside': '..' leaves the directory of slipway.yaml",
            "slipway.yaml:11:13: versions[3].regex: the pattern has no group named 'version'; mark the version with (?<version>...)",
            "slipway.yaml:12:12: versions[3].count must be a whole number of at least 1 or 'any', found '0'",
            "slipway.yaml:13:11: versions[3].when must be one of: always, final, prerelease; found 'sometimes'",
            "slipway.yaml:14:5: versions[4] names no file; add 'file: PATH' (one file) or 'files: GLOB' (several)",
            "slipway.yaml:15:13: versions[4].value: the placeholder opened here is not closed with '}'",
            "slipway.yaml:16:15: versions[4].optional must be true or false, found 'yes'",
            "slipway.yaml:17:5: unknown key 'fiel' in versions[4] (did you mean 'file'?); allowed: file, files, make, yaml, toml, json, xml, gomod, regex, whole, value, count, optional, when, follows",
        ]);
    }

    [Theory]
    [InlineData("versions: [\n", "slipway.yaml:2:1: not valid YAML")]
    [InlineData("", "slipway.yaml:1:1: the file is empty")]
    [InlineData("name: x\n", "there is no 'versions:' list")]
    [InlineData("versions: {}\n", "versions must be a list")]
    [InlineData("versions: []\n", "versions is empty")]
    [InlineData("- a\n", "the top level must be a mapping")]
    [InlineData("versions:\n  - file: a\n    yaml: 'a..b'\n", "slipway.yaml:3:14: versions[0].yaml: expected a key at '.'")]
    [InlineData("versions:\n  - file: a\n    file: b\n    whole: true\n", "Duplicate key")]
    [InlineData("versions:\n  - file: a\n    whole: false\n", "whole must be true")]
    [InlineData("versions:\n  - file: a\n    toml: '1:a'\n", "a toml file has one document")]
    public void Reports_malformed_files(string text, string expected) =>
        Mistakes(text).ShouldContain(m => m.Contains(expected, StringComparison.Ordinal));

    [Theory]
    [InlineData("pull-request:\n  wait: ''\n", "slipway.yaml:4:9: pull-request.wait must be a duration such as 90s, 10m or 1h (or 0s), at most 168h (a week), found ''")]
    [InlineData("artifacts-wait: 5\n", "slipway.yaml:3:17: artifacts-wait must be a duration such as 90s, 10m or 1h (or 0s), at most 168h (a week), found '5'")]
    [InlineData("checks:\n  - run: make\n    timeout: 0s\n", "slipway.yaml:5:14: checks[0].timeout must be a duration such as 90s, 10m or 1h, at most 168h (a week), found '0s'")]
    [InlineData("checks:\n  - run: make\n    timeout: 1e3s\n", "checks[0].timeout must be a duration such as 90s, 10m or 1h, at most 168h (a week), found '1e3s'")]
    [InlineData("registries:\n  timeout: ''\n", "slipway.yaml:4:12: registries.timeout must be a duration such as 90s, 10m or 1h, at most 168h (a week), found ''")]
    public void Durations_are_checked_the_same_way_everywhere_and_an_empty_one_is_an_error_not_a_crash(string section, string expected) =>
        Mistakes("versions:\n  - file: VERSION\n" + section).ShouldContain(m => m.Contains(expected, StringComparison.Ordinal));

    [Theory]
    [InlineData("90s", 90.0, false)]
    [InlineData("1.5h", 5400.0, false)]
    [InlineData("0s", 0.0, true)]
    public void Durations_read_seconds_minutes_and_hours(string text, double seconds, bool allowZero)
    {
        DurationText.TryParse(text, out var duration, allowZero).ShouldBeTrue();
        duration.TotalSeconds.ShouldBe(seconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("s")]
    [InlineData("10")]
    [InlineData("-5m")]
    [InlineData("0s")]
    [InlineData("10d")]
    public void Durations_refuse_what_is_not_one(string text) =>
        DurationText.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void A_missing_file_has_its_own_error_and_exit_code()
    {
        var error = Should.Throw<SlipwayException>(() => ConfigLoader.Load("/nonexistent/slipway.yaml", "slipway.yaml"));
        error.Kind.ShouldBe(Errors.ConfigNotFound);
        error.Hint!.ShouldContain("slipway init");
    }
}
