using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Slipway.Core.Editing;
using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Tests.Editing.Toml;

/// <summary>Helpers for the TOML tests: walking span trees, decoding basic strings, and a JSON view of a tree.</summary>
internal static class TomlTestTrees
{
    public static string FixturePath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", "toml-reader", .. parts]);

    public static IEnumerable<ScalarNode> Scalars(SpanNode node) => node switch
    {
        MappingNode mapping => mapping.Entries.SelectMany(e => Scalars(e.Value)),
        SequenceNode sequence => sequence.Items.SelectMany(Scalars),
        ScalarNode scalar => [scalar],
        _ => [],
    };

    /// <summary>The node at a path of keys (and "[N]" indexes), failing the test when it is not there.</summary>
    public static SpanNode At(SpanNode root, params string[] path)
    {
        var node = root;
        foreach (var step in path)
        {
            node = step.StartsWith('[')
                ? node.ShouldBeOfType<SequenceNode>().Items[int.Parse(step[1..^1], CultureInfo.InvariantCulture)]
                : node.ShouldBeOfType<MappingNode>().Get(step).ShouldHaveSingleItem();
        }

        return node;
    }

    /// <summary>
    /// Decodes the text of a basic string. Written apart from the reader on purpose, so that the span
    /// tests do not check the reader against itself.
    /// </summary>
    public static string DecodeBasic(string written)
    {
        var text = new StringBuilder();
        for (var i = 0; i < written.Length; i++)
        {
            if (written[i] != '\\')
            {
                text.Append(written[i]);
                continue;
            }

            var code = written[++i];
            if (code is 'u' or 'U')
            {
                var length = code == 'u' ? 4 : 8;
                text.Append(char.ConvertFromUtf32(int.Parse(written.AsSpan(i + 1, length), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                i += length;
                continue;
            }

            text.Append(code switch
            {
                'b' => '\b',
                't' => '\t',
                'n' => '\n',
                'f' => '\f',
                'r' => '\r',
                '"' => '"',
                '\\' => '\\',
                _ => throw new FormatException($"unexpected escape \\{code}"),
            });
        }

        return text.ToString();
    }

    /// <summary>The tree as JSON, the way the specification shows documents: strings, integers and booleans typed.</summary>
    public static JsonNode? ToJson(SpanNode node) => node switch
    {
        MappingNode mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.Key, ToJson(e.Value)))),
        SequenceNode sequence => new JsonArray([.. sequence.Items.Select(ToJson)]),
        ScalarNode { Encoding: ValueEncoding.TomlBasicString or ValueEncoding.TomlLiteralString } text => JsonValue.Create(text.Value),
        ScalarNode { Value: "true" or "false" } flag => JsonValue.Create(flag.Value == "true"),
        ScalarNode number when long.TryParse(number.Value.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture, out var integer)
            => JsonValue.Create(integer),
        ScalarNode other => JsonValue.Create(other.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };
}
