using System.Text;
using Slipway.Core.Api.Manifests;

namespace Slipway.Core.Tests.Api;

/// <summary>
/// The fast reader against the general parser: on everything it reads, it must give the very trees
/// (values, kinds and lines) that YamlDotNet gives; everything else it must leave alone.
/// </summary>
public sealed class BlockYamlReaderTests
{
    public static TheoryData<string> FixtureFiles() => new(Directory
        .EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "api"), "*.yaml", SearchOption.AllDirectories)
        .Where(f => Path.GetFileName(f) != "api.yaml")
        .Select(f => Path.GetRelativePath(AppContext.BaseDirectory, f))
        .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Reads_every_fixture_as_the_general_parser_does(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file));
        var fast = BlockYamlReader.TryParse(text.AsMemory());
        if (!text.Contains('[') && !text.Contains('!'))
        {
            fast.ShouldNotBeNull($"{file} is plain generated YAML");
        }

        if (fast is not null)
        {
            Same(fast, ManifestParser.ParseAny(text), file);
        }
    }

    [Theory]
    [InlineData("a: 1\nb:\n  c: [x]\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !!str 1\n")]
    [InlineData("a: >\n  folded\n")]
    [InlineData("a: \"two\n  lines\"\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a:\tb\n")]
    [InlineData("a: 1\r\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: 1\n  b: 2\n")]
    [InlineData("- - a\n")]
    [InlineData("<<: {a: 1}\n")]
    [InlineData("a: |\n\n  blank first\n")]
    [InlineData("a: |2\n   x\n")]
    [InlineData("a: |\n  no final newline")]
    [InlineData("%YAML 1.1\n---\na: 1\n")]
    [InlineData("--- a: 1\n")]
    [InlineData("just a scalar\n")]
    [InlineData("a: x\n\n  continued after a blank line\n")]
    [InlineData("a: x\n  # a comment inside\n  y\n")]
    [InlineData("\"quoted key\": 1\n")]
    [InlineData("a: 'unterminated\n")]
    [InlineData("a: \"\\x41\"\n")]
    public void Leaves_what_it_does_not_read_to_the_general_parser(string yaml) =>
        BlockYamlReader.TryParse(yaml.AsMemory()).ShouldBeNull();

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    [InlineData("---\n...\n---\na: 1\n---\n")]
    [InlineData("a:\nb: ~\nc: ''\n")]
    [InlineData("a:\n- x\n-\n  - y\n- k: v\n  l: w\n")]
    [InlineData("url: http://example.com:8080/x\n")]
    [InlineData("a: |+\n  keep\n\n\nb: 1\n")]
    [InlineData("a: |-\n  strip\n    more\n  # not a comment\n\nb: 1\n")]
    [InlineData("a: 'it''s'   # comment\nb: \"q\\\"uote\\n\\u00e9\"\n")]
    [InlineData("list: []\nmap: {}\nempty_after: # comment\n  x: 1\n")]
    [InlineData("a: x # comment\n  # comment line ends nothing here\n")]
    [InlineData("description: one two\n  three four\n  five\nnext: 1\n")]
    [InlineData("- one\n  two\n- three\n")]
    public void Reads_generated_yaml_as_the_general_parser_does(string yaml)
    {
        var fast = BlockYamlReader.TryParse(yaml.AsMemory());
        fast.ShouldNotBeNull(yaml);
        Same(fast, ManifestParser.ParseAny(yaml), yaml);
    }

    [Fact]
    public void Reads_random_block_yaml_as_the_general_parser_does()
    {
        var random = new Random(20261129);
        var read = 0;
        for (var i = 0; i < 400; i++)
        {
            var yaml = new RandomBlockYaml(random).Document();
            var fast = BlockYamlReader.TryParse(yaml.AsMemory());
            if (fast is not null)
            {
                read++;
                Same(fast, ManifestParser.ParseAny(yaml), yaml);
            }
        }

        read.ShouldBeGreaterThan(300); // the generator writes mostly what the fast reader is for
    }

    private static void Same(IReadOnlyList<ManifestNode?> fast, IReadOnlyList<ManifestNode?> general, string what)
    {
        fast.Count.ShouldBe(general.Count, what);
        for (var i = 0; i < fast.Count; i++)
        {
            Describe(fast[i]).ShouldBe(Describe(general[i]), what);
        }
    }

    /// <summary>Every node with its kind, value and line (the line of a null, which no message shows, left out).</summary>
    private static string Describe(ManifestNode? node)
    {
        var text = new StringBuilder();
        Walk(node, text);
        return text.ToString();
    }

    private static void Walk(ManifestNode? node, StringBuilder text)
    {
        switch (node)
        {
            case null:
                text.Append("(none)");
                break;
            case ManifestScalar scalar:
                text.Append(scalar.Kind).Append(':').Append(scalar.ToJson());
                if (!scalar.IsNull)
                {
                    text.Append('@').Append(scalar.Line);
                }

                break;
            case ManifestList list:
                text.Append("[@").Append(list.Line);
                foreach (var item in list.Items)
                {
                    text.Append(' ');
                    Walk(item, text);
                }

                text.Append(']');
                break;
            case ManifestMap map:
                text.Append("{@").Append(map.Line);
                foreach (var (key, value) in map.Entries)
                {
                    text.Append(' ').Append(key).Append('=');
                    Walk(value, text);
                }

                text.Append('}');
                break;
        }
    }
}
