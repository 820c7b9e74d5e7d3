using System.Text.Json.Nodes;
using Slipway.Core.Editing;
using Slipway.Core.Editing.Locators.Toml;

namespace Slipway.Core.Tests.Editing.Toml;

/// <summary>
/// The examples of the TOML 1.0.0 specification, one concern per file under Fixtures/toml-reader. Valid
/// examples must parse with every string span reading back as its value (and, where the
/// specification shows the JSON it maps to, with that structure); each invalid example must be
/// refused on the line it marks with "# INVALID".
/// </summary>
public sealed class TomlSpecExampleTests
{
    public static TheoryData<string> ValidExamples => Examples("valid");

    public static TheoryData<string> InvalidExamples => Examples("invalid");

    [Fact]
    public void The_fixture_folders_hold_the_specification_examples()
    {
        Examples("valid").Count.ShouldBeGreaterThanOrEqualTo(50);
        Examples("invalid").Count.ShouldBeGreaterThanOrEqualTo(20);
    }

    [Theory]
    [MemberData(nameof(ValidExamples))]
    public void Valid_examples_parse_and_every_string_span_reads_back_as_its_value(string name)
    {
        var text = File.ReadAllText(TomlTestTrees.FixturePath("valid", name));
        var root = TomlTreeReader.Read(text);

        foreach (var scalar in TomlTestTrees.Scalars(root).Where(s => s.NotEditableBecause is null))
        {
            var quote = scalar.Encoding == ValueEncoding.TomlBasicString ? '"' : '\'';
            text[scalar.Span.Start - 1].ShouldBe(quote);
            text[scalar.Span.End].ShouldBe(quote);
            var written = text.Substring(scalar.Span.Start, scalar.Span.Length);
            var decoded = scalar.Encoding == ValueEncoding.TomlBasicString ? TomlTestTrees.DecodeBasic(written) : written;
            decoded.ShouldBe(scalar.Value);
        }

        var json = TomlTestTrees.FixturePath("valid", Path.ChangeExtension(name, ".json"));
        if (File.Exists(json))
        {
            var actual = TomlTestTrees.ToJson(root);
            var expected = JsonNode.Parse(File.ReadAllText(json));
            JsonNode.DeepEquals(actual, expected).ShouldBeTrue($"read as {actual?.ToJsonString()}");
        }
    }

    [Theory]
    [MemberData(nameof(InvalidExamples))]
    public void Invalid_examples_are_refused_on_the_line_they_mark(string name)
    {
        var text = File.ReadAllText(TomlTestTrees.FixturePath("invalid", name));
        var marked = text.Split('\n').ToList().FindIndex(line => line.TrimEnd().EndsWith("# INVALID", StringComparison.Ordinal)) + 1;
        marked.ShouldBeGreaterThan(0, "the example must mark its invalid line with '# INVALID'");

        var error = Should.Throw<LocateException>(() => TomlTreeReader.Read(text));

        error.Message.ShouldStartWith("not valid TOML: ");
        var offset = error.Offset.ShouldNotBeNull();
        new LineMap(text).ToLineColumn(offset).Line.ShouldBe(marked, error.Message);
    }

    private static TheoryData<string> Examples(string folder) =>
        new(Directory.GetFiles(TomlTestTrees.FixturePath(folder), "*.toml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);
}
