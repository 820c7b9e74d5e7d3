using Slipway.Core.Editing.Locators;
using Slipway.Core.Init;
using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.Init;

/// <summary>How init reads a version's spelling and writes the locator for a line, on the constructs met in real repositories.</summary>
public sealed class InitShapeTests
{
    [Theory]
    [InlineData("v0.1.6", "0.1.6", "v{version}")]
    [InlineData("0.1.6", "0.1.6", null)]
    [InlineData("bpfman-operator.v0.5.7-dev", "0.5.7-dev", "bpfman-operator.v{version}")]
    [InlineData("=4.0.0", "4.0.0", "={version}")]
    [InlineData("quay.io/op:v1.2.3", "1.2.3", "quay.io/op:v{version}")]
    [InlineData("{a}1.2.3", "1.2.3", "{{a}}{version}")]
    public void A_value_that_spells_the_version_with_more_gets_a_template(string value, string version, string? template)
    {
        VersionShape.TemplateFor(value, SemVersion.Parse(version), out var holds).ShouldBe(template);
        holds.ShouldBeTrue();
    }

    [Theory]
    [InlineData("0.0.0.0:8443")]
    [InlineData("1.2.3 and 1.2.4")]
    [InlineData("latest")]
    [InlineData("$(shell git describe)")]
    [InlineData("10.1.2.3")]
    public void A_value_with_no_single_whole_version_holds_none(string value) =>
        VersionShape.VersionIn(value).ShouldBeNull();

    [Fact]
    public void A_status_line_becomes_its_label_escaped_and_the_version_group()
    {
        var text = "# Status\n\n- **Version (beta)**: v0.1.6\n";
        var at = text.IndexOf("v0.1.6", StringComparison.Ordinal);
        var (pattern, count) = LineRegex.For(text, at, "v0.1.6".Length)!.Value;
        pattern.ShouldBe(@"\*\*Version \(beta\)\*\*: v" + VersionShape.RegexGroup);
        count.ShouldBe(1);
    }

    [Fact]
    public void A_long_line_keeps_whole_words_and_drops_another_version_before_the_value()
    {
        var text = "  https://raw.githubusercontent.com/acme/operator/release-1.30/releases/op-1.30.0.yaml\n";
        var at = text.IndexOf("1.30.0", StringComparison.Ordinal);
        var (pattern, _) = LineRegex.For(text, at, "1.30.0".Length)!.Value;
        pattern.ShouldBe(@"/releases/op-" + VersionShape.RegexGroup);
    }

    [Fact]
    public void A_version_alone_on_an_indented_line_is_anchored_at_the_line_start()
    {
        var text = "versions:\n  1.2.3\n  1.2.3\n";
        var at = text.IndexOf("1.2.3", StringComparison.Ordinal);
        var (pattern, count) = LineRegex.For(text, at, 5)!.Value;
        pattern.ShouldBe("^  " + VersionShape.RegexGroup);
        count.ShouldBe(2);
    }

    [Fact]
    public void A_pattern_that_would_also_read_other_versions_is_not_proposed()
    {
        var text = "| **v2.9.2** | v1.26 |\n| **v2.10.0** | v1.27 |\n";
        var at = text.IndexOf("v2.10.0", StringComparison.Ordinal);
        LineRegex.For(text, at, "v2.10.0".Length).ShouldBeNull();
    }

    [Fact]
    public void A_sequence_item_is_named_by_its_name_unless_the_name_repeats()
    {
        var text = "images:\n- name: controller\n  newTag: v1.0.0\n- name: agent\n  newTag: v1.0.0\n- name: agent\n  newTag: v1.0.0\n";
        var documents = YamlTreeReader.Read(text);
        TreePath.At(documents, text.IndexOf("v1.0.0", StringComparison.Ordinal))!.ToString().ShouldBe("images[name=controller].newTag");
        TreePath.At(documents, text.LastIndexOf("v1.0.0", StringComparison.Ordinal))!.ToString().ShouldBe("images[2].newTag");
    }
}
