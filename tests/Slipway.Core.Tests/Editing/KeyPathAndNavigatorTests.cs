using Slipway.Core.Configuration;
using Slipway.Core.Editing;
using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Tests.Editing;

public sealed class KeyPathAndNavigatorTests
{
    [Theory]
    [InlineData("a.b[0].c", null, "a.b[0].c")]
    [InlineData("1:metadata.name", 1, "metadata.name")]
    [InlineData("package[name=bpfman].version", null, "package[name=bpfman].version")]
    [InlineData("metadata.labels.\"helm.sh/chart\"", null, "metadata.labels.\"helm.sh/chart\"")]
    [InlineData("images[name='quay.io/x:v1'].newTag", null, "images[name=quay.io/x:v1].newTag")]
    public void Parses_and_prints_paths(string text, int? document, string printed)
    {
        var path = KeyPath.Parse(text);
        path.Document.ShouldBe(document);
        (path with { Document = null }).ToString().ShouldBe(printed);
    }

    [Theory]
    [InlineData("a..b", 2)]
    [InlineData("a[", 1)]
    [InlineData("a[x]", 1)]
    [InlineData("\"a", 0)]
    [InlineData("", 0)]
    public void Refuses_malformed_paths_with_an_offset(string text, int offset) =>
        Should.Throw<LocateException>(() => KeyPath.Parse(text)).Offset.ShouldBe(offset);

    [Theory]
    [InlineData("yaml", "workspace.pakage.version", "workspace:\n  package:\n    version: 1\n", "no key 'pakage' under 'workspace'; keys there: package")]
    [InlineData("yaml", "items[3].v", "items:\n- v: 1\n", "'items' has 1 item(s); index 3 is past the end (indexes start at 0)")]
    [InlineData("yaml", "items[name=b].v", "items:\n- name: a\n  v: 1\n", "no item of 'items' has name = 'b'")]
    [InlineData("yaml", "2:a", "a: 1\n---\na: 2\n", "the file has 2 document(s), numbered from 0; there is no document 2")]
    [InlineData("json", "version", "{\"name\": \"x\"}", "no key 'version' under the document root; keys there: name")]
    public void Explains_why_a_path_matches_nothing(string kind, string path, string text, string explanation)
    {
        var locator = LocatorFactory.Create(kind, path);
        locator.Locate(text).ShouldBeEmpty();
        locator.ExplainNoMatch(text).ShouldBe(explanation);
    }

    [Theory]
    [InlineData("yaml", "spec", "spec:\n  a: 1\n", "leads to a mapping")]
    [InlineData("yaml", "notes", "notes: |\n  0.1.0\n", "a block scalar")]
    [InlineData("json", "version", "{\"version\": 1}", "a number, not a string")]
    [InlineData("yaml", "a", "a: [1\n", "not valid YAML")]
    [InlineData("json", "a", "{\"a\": \"x\",, }", "not valid JSON")]
    [InlineData("xml", "a/b", "<a><b>1</a>", "not well-formed XML")]
    [InlineData("xml", "a/b", "<a><b/></a>", "empty element")]
    [InlineData("make", "VERSION", "VERSION = 1.0 \\\n  2.0\n", "continues on the next line")]
    [InlineData("whole", "true", "1.0.0\n2.0.0\n", "more than one line")]
    public void Refuses_what_it_cannot_edit_in_place(string kind, string argument, string text, string message) =>
        Should.Throw<LocateException>(() => LocatorFactory.Create(kind, argument).Locate(text)).Message.ShouldContain(message);

    [Fact]
    public void A_path_without_a_document_index_searches_every_document()
    {
        var found = LocatorFactory.Create("yaml", "metadata.version").Locate("metadata:\n  version: 1.0.0\n---\nmetadata:\n  version: 1.0.0\n");
        found.Count.ShouldBe(2);
    }

    [Fact]
    public void A_leading_document_marker_opens_no_empty_document() =>
        LocatorFactory.Create("yaml", "0:a").Locate("---\na: 1.0.0\n---\na: 2\n").Single().Value.ShouldBe("1.0.0");

    [Fact]
    public void Make_assignments_are_found_once_each_and_lookalikes_are_not() =>
        LocatorFactory.Create("make", "VERSION").Locate("VERSION_X = 1\nMY_VERSION = 2\n# VERSION = 3\nVERSION ?= 4\nifeq ($(X),1)\n  VERSION := 5\nendif\n")
            .Select(v => v.Value).ShouldBe(["4", "5"]);
}

public sealed class StrictReadingTests
{
    [Theory]
    [InlineData("{\"a\": \"\\u 12A\"}", "invalid escape")]
    [InlineData("{\"a\": \"x\ty\"}", "raw control character (U+0009)")]
    [InlineData("{\"a\": +1}", "'+1' is not a JSON value")]
    [InlineData("{\"a\": .5}", "'.5' is not a JSON value")]
    [InlineData("{\"a\": NaN}", "'NaN' is not a JSON value")]
    public void Json_reader_refuses_what_json_does_not_allow(string text, string message) =>
        Should.Throw<LocateException>(() => LocatorFactory.Create("json", "a").Locate(text)).Message.ShouldContain(message);

    [Theory]
    [InlineData(ValueEncoding.JsonString, "a\u0001b", "a\\u0001b")]
    [InlineData(ValueEncoding.TomlBasicString, "a\u007Fb", "a\\u007Fb")]
    [InlineData(ValueEncoding.YamlDoubleQuoted, "a\bb", "a\\u0008b")]
    public void Control_characters_are_escaped_where_escapes_exist(ValueEncoding encoding, string value, string expected) =>
        ValueEncoder.Encode(value, encoding).ShouldBe(expected);

    [Theory]
    [InlineData(ValueEncoding.TomlLiteralString, "a\rb")]
    [InlineData(ValueEncoding.TomlLiteralString, "a\u0001b")]
    [InlineData(ValueEncoding.YamlSingleQuoted, "a\u0001b")]
    public void Control_characters_are_refused_where_no_escape_exists(ValueEncoding encoding, string value) =>
        Should.Throw<LocateException>(() => ValueEncoder.Encode(value, encoding));
}
