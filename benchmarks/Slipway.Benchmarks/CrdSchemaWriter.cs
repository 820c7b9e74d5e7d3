using System.Globalization;
using System.Text;

namespace Slipway.Benchmarks;

/// <summary>
/// Writes an OpenAPI v3 schema the way controller-gen writes one: keys in order, long descriptions
/// as wrapped plain scalars or |- blocks, nested objects, lists of objects, maps, enums and bounds.
/// The same seed gives the same schema; <see cref="Mutate"/> marks which properties a release changes.
/// </summary>
internal sealed class CrdSchemaWriter(Random random, Func<string, string?> mutate)
{
    private static readonly string[] Words =
        ["program", "attach", "interface", "priority", "container", "selector", "bytecode", "image", "namespace", "policy",
         "dispatcher", "function", "offset", "direction", "proceed", "target", "metadata", "global", "map", "owner"];

    private readonly StringBuilder _text = new();
    private int _next;
    private int _lines;

    /// <summary>A mutation a release applies to a property, by the property's name: add, remove, describe, tighten, enum.</summary>
    public static Func<string, string?> Mutate(int everyNth, int seed) => name =>
    {
        // A stable hash (string.GetHashCode differs from run to run), so the same release changes the same properties.
        var hash = name.Aggregate(2166136261u ^ (uint)seed, (h, c) => (h ^ c) * 16777619u);
        var n = (int)(hash % (uint)everyNth);
        return n switch { 0 => "describe", 1 => "tighten", 2 => "enum", 3 => "add", 4 => "remove", _ => null };
    };

    public string Write(int indent, int lines)
    {
        _text.Clear();
        _lines = 0;
        Line(indent, "description: |-");
        Line(indent + 2, "Spec is the generated schema of a benchmark resource. It describes every field");
        Line(indent + 2, "a user may set, as controller-gen writes it from the Go types' comments.");
        Line(indent, "properties:");
        while (_lines < lines)
        {
            Property(indent + 2, depth: 0);
        }

        Line(indent, "type: object");
        return _text.ToString();
    }

    private void Property(int indent, int depth)
    {
        var second = Words[random.Next(Words.Length)];
        var name = Words[random.Next(Words.Length)] + char.ToUpperInvariant(second[0]) + second[1..] + (_next++).ToString(CultureInfo.InvariantCulture);
        var change = mutate(name);
        if (change == "add")
        {
            // Written without drawing from the random sequence, so that every later property stays as it was.
            Line(indent, name + "Added:");
            Line(indent + 2, "description: A field this release added.");
            Line(indent + 2, "type: string");
        }

        // A removed property is generated all the same, drawing what it always draws, and then dropped.
        var start = (Length: _text.Length, Lines: _lines);

        Line(indent, name + ":");
        var kind = depth >= 3 ? random.Next(3) : random.Next(6);
        switch (kind)
        {
            case 0 or 1 or 2:
                Scalar(indent + 2, null, kind == 0 ? "string" : kind == 1 ? "integer" : "boolean", change);
                break;
            case 3:
                Description(indent + 2, change);
                Line(indent + 2, "items:");
                Line(indent + 4, "properties:");
                for (var i = random.Next(2, 5); i > 0; i--)
                {
                    Property(indent + 6, depth + 1);
                }

                Line(indent + 4, "type: object");
                Line(indent + 2, "type: array");
                break;
            case 4:
                Line(indent + 2, "additionalProperties:");
                Line(indent + 4, "type: string");
                Description(indent + 2, change);
                Line(indent + 2, "type: object");
                break;
            default:
                Description(indent + 2, change);
                Line(indent + 2, "properties:");
                for (var i = random.Next(2, 6); i > 0; i--)
                {
                    Property(indent + 4, depth + 1);
                }

                Line(indent + 2, "type: object");
                break;
        }

        if (change == "remove")
        {
            _text.Length = start.Length;
            _lines = start.Lines;
        }
    }

    private void Scalar(int indent, string? name, string type, string? change)
    {
        if (name is not null)
        {
            Line(indent - 2, name + ":");
        }

        Description(indent, change);
        if (type == "string" && random.Next(3) == 0)
        {
            Line(indent, "enum:");
            foreach (var value in (string[])["Always", "IfNotPresent", "Never"])
            {
                Line(indent, "- " + value);
            }

            if (change == "enum")
            {
                Line(indent, "- Sometimes");
            }
        }
        else if (type == "string")
        {
            Line(indent, change == "tighten" ? "maxLength: 63" : "maxLength: 253");
            Line(indent, "pattern: ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
        }
        else if (type == "integer")
        {
            Line(indent, "format: int32");
            Line(indent, change == "tighten" ? "maximum: 100" : "maximum: 1000");
            Line(indent, "minimum: 0");
        }

        Line(indent, "type: " + type);
    }

    private void Description(int indent, string? change)
    {
        var words = Enumerable.Range(0, random.Next(12, 40)).Select(_ => Words[random.Next(Words.Length)]).ToList();
        if (change == "describe")
        {
            words.Add("(changed)");
        }

        // controller-gen's YAML wraps a long description as a plain scalar over several lines.
        var first = true;
        var line = new StringBuilder();
        foreach (var word in words)
        {
            if (line.Length + word.Length > 70)
            {
                Line(first ? indent : indent + 2, (first ? "description: " : string.Empty) + line.ToString().TrimEnd());
                first = false;
                line.Clear();
            }

            line.Append(word).Append(' ');
        }

        Line(first ? indent : indent + 2, (first ? "description: " : string.Empty) + line.ToString().TrimEnd());
    }

    private void Line(int indent, string text)
    {
        _text.Append(' ', indent).Append(text).Append('\n');
        _lines++;
    }
}
