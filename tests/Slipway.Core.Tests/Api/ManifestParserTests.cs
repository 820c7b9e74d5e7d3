using Slipway.Core.Api.Manifests;

namespace Slipway.Core.Tests.Api;

public sealed class ManifestParserTests
{
    private static ManifestMap Map(string yaml) => (ManifestMap)ManifestParser.Parse(yaml).Single()!;

    [Theory]
    [InlineData("yes", "true")]
    [InlineData("On", "true")]
    [InlineData("n", "false")]
    [InlineData("~", "null")]
    [InlineData("010", "8")]
    [InlineData("0x1F", "31")]
    [InlineData("1_000", "1000")]
    [InlineData("+12", "12")]
    [InlineData("1.50", "1.5")]
    [InlineData(".5", "0.5")]
    [InlineData("1e3", "1000")]
    [InlineData("\"yes\"", "\"yes\"")]
    [InlineData("'010'", "\"010\"")]
    [InlineData("!!str 10", "\"10\"")]
    [InlineData("!!bool 'true'", "true")]
    [InlineData("v1alpha1", "\"v1alpha1\"")]
    [InlineData("-x", "\"-x\"")]
    [InlineData(".inf", "\".inf\"")]
    public void Resolves_scalars_as_kubectl_reads_them(string yaml, string json) =>
        Map("value: " + yaml + "\n")["value"]!.ToJson().ShouldBe(json);

    [Fact]
    public void A_quoted_string_is_not_the_boolean_it_spells() =>
        Map("a: \"yes\"\n")["a"]!.SameAs(Map("a: yes\n")["a"]!).ShouldBeFalse();

    [Fact]
    public void Numbers_compare_by_value_and_maps_in_any_order() =>
        Map("a: 10\nb: [x, y]\n").SameAs(Map("b: [x, y]\na: 10.0\n")).ShouldBeTrue();

    [Fact]
    public void Reads_every_document_and_gives_null_for_empty_ones()
    {
        var documents = ManifestParser.Parse("a: 1\n---\n---\n# only a comment\n---\n- b\n");
        documents.Count.ShouldBe(4);
        documents[0].ShouldBeOfType<ManifestMap>();
        documents[1].ShouldBeNull();
        documents[2].ShouldBeNull();
        documents[3].ShouldBeOfType<ManifestList>();
    }

    [Fact]
    public void Follows_anchors_aliases_and_merge_keys_the_own_keys_winning()
    {
        var map = Map("base: &base {type: string, maxLength: 10}\nfield:\n  <<: *base\n  maxLength: 20\ncopy: *base\n");
        map.Map("field")!.ToJson().ShouldBe("{\"maxLength\":20,\"type\":\"string\"}");
        map["copy"]!.ShouldBeSameAs(map["base"]);
    }

    [Theory]
    [InlineData("a: 1\na: 2\n", 2, "the key 'a' appears twice in one map")]
    [InlineData("? [a]\n: 1\n", 1, "a key must be a plain name, not a list, a mapping or an alias")]
    [InlineData("a: *nowhere\n", 1, "the alias *nowhere names no anchor defined before it")]
    [InlineData("a: [1, 2\n", 2, "")]
    [InlineData("a: {b\n*\n", 1, "")]
    [InlineData("? &a [*a]\n: 1\n", 1, "")]
    public void Refuses_what_Kubernetes_would_refuse_with_the_line(string yaml, int line, string message)
    {
        var error = Should.Throw<ManifestException>(() => ManifestParser.Parse(yaml));
        error.Line.ShouldBe(line);
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void Refuses_an_alias_bomb_before_walking_it()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (var level = 'b'; level <= 'h'; level++)
        {
            var previous = (char)(level - 1);
            yaml += $"{level}: &{level} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n";
        }

        Should.Throw<ManifestException>(() => ManifestParser.Parse(yaml)).Message.ShouldContain("aliases expand to more than");
    }

    [Fact]
    public void Refuses_nesting_deeper_than_the_limit_without_overflowing_the_stack()
    {
        var yaml = new string('[', 100_000) + new string(']', 100_000);
        Should.Throw<ManifestException>(() => ManifestParser.Parse(yaml)).Message.ShouldContain("nesting deeper than 256 levels is not read");
    }
}
