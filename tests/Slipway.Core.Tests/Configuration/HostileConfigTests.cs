using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Tests.Configuration;

/// <summary>
/// The inputs of issue 9 that crashed the loader (exit 70) or passed it silently, each now a
/// configuration error at its line and column, saying what was found and what is allowed.
/// </summary>
public sealed class HostileConfigTests
{
    private const string Minimal = "versions:\n  - file: Makefile\n    make: VERSION\n";

    private static IReadOnlyList<string> Mistakes(string text) => Mistakes(System.Text.Encoding.UTF8.GetBytes(text));

    private static IReadOnlyList<string> Mistakes(byte[] bytes)
    {
        var error = Should.Throw<SlipwayException>(() => ConfigLoader.Parse(bytes, "/repo/slipway.yaml", "slipway.yaml"));
        error.Kind.ShouldBe(Errors.ConfigInvalid);
        return error.Details;
    }

    [Theory]
    [InlineData("versions:\n  - file: c.yaml\n    yaml: 'a[99999999999999999999]'\n", "slipway.yaml:3:35: versions[0].yaml: the index 99999999999999999999 is too large")]
    [InlineData("versions:\n  - file: c.yaml\n    yaml: '99999999999999999999:a'\n", "slipway.yaml:3:12: versions[0].yaml: the document number 99999999999999999999 is too large")]
    [InlineData("versions:\n  - files: '[abc'\n    make: VERSION\n", "slipway.yaml:2:13: versions[0].files is not a glob: '[' is not closed with ']'")]
    [InlineData("versions:\n  - files: '{a,{b,{c'\n    make: VERSION\n", "slipway.yaml:2:13: versions[0].files is not a glob: '{' is not closed with '}'")]
    [InlineData("versions:\n  - files: 'a/[z-a]'\n    make: VERSION\n", "slipway.yaml:2:15: versions[0].files is not a glob: a character class ('[...]') in it is empty or not valid")]
    [InlineData(Minimal + "audit:\n  ignore: ['[abc']\n", "slipway.yaml:5:13: audit.ignore[0] is not a glob: '[' is not closed with ']'")]
    [InlineData(Minimal + "checks:\n  - run: make\n    timeout: 999999999999h\n", "slipway.yaml:6:14: checks[0].timeout must be a duration such as 90s, 10m or 1h, at most 168h (a week), found '999999999999h'")]
    [InlineData(Minimal + "pull-request:\n  wait: 99999999999999999999h\n", "slipway.yaml:5:9: pull-request.wait must be a duration such as 90s, 10m or 1h (or 0s), at most 168h (a week), found '99999999999999999999h'")]
    [InlineData(Minimal + "artifacts-wait: 9223372036854775807s\n", "slipway.yaml:4:17: artifacts-wait must be a duration such as 90s, 10m or 1h (or 0s), at most 168h (a week), found '9223372036854775807s'")]
    [InlineData(Minimal + "registries:\n  timeout: 169h\n", "slipway.yaml:5:12: registries.timeout must be a duration such as 90s, 10m or 1h, at most 168h (a week), found '169h'")]
    [InlineData("a: {b\n*\n", "slipway.yaml:1:4: not valid YAML: the parser cannot read past this point")]
    public void Inputs_that_crashed_the_loader_are_located_mistakes(string text, string expected) =>
        Mistakes(text).ShouldContain(expected);

    [Theory]
    [InlineData("''", "slipway.yaml:4:12: versions[0].value must use the version, as {version} or its parts ({major}, {minor}, {patch}, {prerelease}, {build}), or the date ({date}), found ''")]
    [InlineData("abc", "slipway.yaml:4:12: versions[0].value must use the version, as {version} or its parts ({major}, {minor}, {patch}, {prerelease}, {build}), or the date ({date}), found 'abc'")]
    public void A_value_without_the_version_is_refused(string value, string expected) =>
        Mistakes(Minimal + "    value: " + value + "\n").ShouldBe([expected]);

    [Theory]
    [InlineData("'{major}.{minor}'")]
    [InlineData("'{!prerelease:1}{?prerelease:0.{prerelease}}%{{?dist}}'")]
    public void A_value_with_only_parts_of_the_version_is_accepted(string value) =>
        ConfigLoader.Parse(Minimal + "    value: " + value + "\n", "/repo/slipway.yaml", "slipway.yaml").Versions.ShouldHaveSingleItem();

    [Theory]
    [InlineData("base: ''\n", "slipway.yaml:4:7: base must be a git branch name, found '': it is empty")]
    [InlineData("remote: ''\n", "slipway.yaml:4:9: remote must be the name of a git remote, found '': it is empty")]
    [InlineData("remote: '--upload-pack=touch pwned'\n", "slipway.yaml:4:9: remote must be the name of a git remote, found '--upload-pack=touch pwned': it begins with '-', so git would read it as an option")]
    [InlineData("tag: '-d{version}'\n", "slipway.yaml:4:6: tag must be a git tag name, found '-d{version}': for version 1.2.3 it is '-d1.2.3': it begins with '-', so git would read it as an option")]
    [InlineData("tag:\n  name: 'v{version}..'\n", "slipway.yaml:5:9: tag must be a git tag name, found 'v{version}..': for version 1.2.3 it is 'v1.2.3..': it ends with '.'")]
    [InlineData("branch: 'release {version}'\n", "slipway.yaml:4:9: branch must be a git branch name, found 'release {version}': for version 1.2.3 it is 'release 1.2.3': it contains ' '")]
    [InlineData("branch: '-{version}'\n", "slipway.yaml:4:9: branch must be a git branch name, found '-{version}': for version 1.2.3 it is '-1.2.3': it begins with '-', so git would read it as an option")]
    [InlineData("patch-branch: 'x/{previous}.lock'\n", "slipway.yaml:4:15: patch-branch must be a git branch name, found 'x/{previous}.lock': for version 1.2.3 it is 'x/1.2.2.lock': the part '1.2.2.lock' begins with '.' or ends with '.lock'")]
    [InlineData("base: HEAD\n", "slipway.yaml:4:7: base must be a git branch name, found 'HEAD': 'HEAD' cannot be a branch name")]
    [InlineData("forge:\n  remote: '-x'\n", "slipway.yaml:5:11: forge.remote must be the name of a git remote, found '-x': it begins with '-', so git would read it as an option")]
    public void Names_that_reach_git_are_valid_ref_names_that_are_not_options(string section, string expected) =>
        Mistakes(Minimal + section).ShouldBe([expected]);

    [Fact]
    public void Two_manual_steps_of_one_name_are_refused() =>
        Mistakes(Minimal + "steps:\n  - name: approve\n    text: a\n  - name: approve\n    text: b\n")
            .ShouldBe(["slipway.yaml:7:11: steps[1].name 'approve' is already the name of steps[0]; each step needs its own name"]);

    [Fact]
    public void A_second_yaml_document_is_refused_not_ignored() =>
        Mistakes(Minimal + "---\nversions: []\n").ShouldBe(["slipway.yaml:5:1: a second YAML document starts here; the file holds one document (remove the '---' line and what follows, or merge it into the first)"]);

    [Fact]
    public void A_nul_byte_is_refused_where_it_is() =>
        Mistakes("versions:\n  - file: Make\0file\n    make: VERSION\n"u8.ToArray()).ShouldBe(["slipway.yaml:2:15: the file contains a NUL character; slipway.yaml is text"]);

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused_where_they_are() =>
        Mistakes([.. "versions:\n  - file: M\u00e9\n    make: V\nname: caf"u8.ToArray(), 0xE9, (byte)'\n'])
            .ShouldBe(["slipway.yaml:4:10: the file is not valid UTF-8 text; save slipway.yaml as UTF-8"]);

    [Fact]
    public void A_byte_order_mark_is_fine() =>
        ConfigLoader.Parse([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Minimal)], "/repo/slipway.yaml", "slipway.yaml").Versions.ShouldHaveSingleItem();

    [Theory]
    [InlineData("name: " + "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "nesting deeper than 64 levels")]
    [InlineData("? &a [*a]\n: x\n", "slipway.yaml:4:3: not valid YAML: a key must be a plain name, not a list, a mapping or an alias")]
    [InlineData("name: !custom x\n", "slipway.yaml:4:7: not valid YAML: the tag '!custom' is not used by slipway.yaml; remove it")]
    [InlineData("name: !!str x\nbase: !!int 5\n", "slipway.yaml:5:7: not valid YAML: the tag 'tag:yaml.org,2002:int' is not used by slipway.yaml; remove it")]
    [InlineData("x: &b {base: main}\n<<: *b\n", "merge keys ('<<') are not read at the top level")]
    public void Yaml_that_slipway_yaml_has_no_use_for_is_refused(string section, string expected) =>
        Mistakes(Minimal + section).ShouldContain(m => m.Contains(expected, StringComparison.Ordinal));

    [Fact]
    public void Anchors_and_aliases_of_whole_values_work() =>
        ConfigLoader.Parse(Minimal + "    value: &v v{version}\n  - file: b\n    make: V\n    value: *v\n", "/repo/slipway.yaml", "slipway.yaml")
            .Versions.Select(v => v.Value.Source).ShouldBe(["v{version}", "v{version}"]);
}
