using System.Globalization;
using Slipway.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Configuration;

/// <summary>
/// Typed access to the nodes of slipway.yaml that records a diagnostic (file:line:col, what was
/// found, what is allowed) instead of throwing, so that every mistake is reported in one run.
/// </summary>
internal sealed partial class ConfigNodeReader(string displayPath)
{
    private readonly List<Diagnostic> _diagnostics = [];

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public void Error(Mark mark, string message) =>
        _diagnostics.Add(new Diagnostic(displayPath, (int)mark.Line, (int)mark.Column, message));

    public void Error(YamlNode node, string message) => Error(node.Start, message);

    /// <summary>An error at a place found without a node (a byte that is not text).</summary>
    public void ErrorAt(int line, int column, string message) => _diagnostics.Add(new Diagnostic(displayPath, line, column, message));

    /// <summary>An error about the file as a whole, reported at its first character.</summary>
    public void ErrorAtStart(string message) => _diagnostics.Add(new Diagnostic(displayPath, 1, 1, message));

    /// <summary>An error at a character inside a scalar (a bad placeholder, a regex error), when it can be pinpointed.</summary>
    public void ErrorInScalar(YamlScalarNode node, int offset, string message)
    {
        var singleLine = node.Start.Line == node.End.Line;
        var quoted = node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
        var column = (int)node.Start.Column + (singleLine ? offset + (quoted ? 1 : 0) : 0);
        _diagnostics.Add(new Diagnostic(displayPath, (int)node.Start.Line, column, message));
    }

    public YamlMappingNode? Mapping(YamlNode node, string keyPath)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Error(node, $"{keyPath} must be a mapping (key: value lines), found {Describe(node)}");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string keyPath)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Error(node, $"{keyPath} must be a list ('- ' items), found {Describe(node)}");
        return null;
    }

    public YamlScalarNode? Scalar(YamlNode node, string keyPath, string expected = "a string")
    {
        if (node is YamlScalarNode { Value: not null } scalar && !(scalar.Style == ScalarStyle.Plain && scalar.Value.Length == 0))
        {
            return scalar;
        }

        Error(node, $"{keyPath} must be {expected}, found {Describe(node)}");
        return null;
    }

    public string? String(YamlNode node, string keyPath) => Scalar(node, keyPath)?.Value;

    public bool? Bool(YamlNode node, string keyPath)
    {
        var scalar = Scalar(node, keyPath, "true or false");
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Style == ScalarStyle.Plain && scalar.Value is "true" or "false")
        {
            return scalar.Value == "true";
        }

        Error(node, $"{keyPath} must be true or false, found '{scalar.Value}'");
        return null;
    }

    public int? PositiveInt(YamlScalarNode scalar, string keyPath, string alsoAllowed = "")
    {
        if (int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            return n;
        }

        Error(scalar, $"{keyPath} must be a whole number of at least 1{alsoAllowed}, found '{scalar.Value}'");
        return null;
    }

    public List<string> Strings(YamlNode node, string keyPath)
    {
        var values = new List<string>();
        if (Sequence(node, keyPath) is { } sequence)
        {
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                if (String(sequence.Children[i], $"{keyPath}[{i}]") is { } value)
                {
                    values.Add(value);
                }
            }
        }

        return values;
    }

    /// <summary>
    /// A list that, when given, names at least one <paramref name="what"/>; each item is a string that
    /// <paramref name="parse"/> accepts (null: refused, and the error says it must be <paramref name="expected"/>).
    /// </summary>
    public List<T> NonEmptyList<T>(YamlNode node, string keyPath, string what, Func<string, T?> parse, string expected) where T : class
    {
        var items = new List<T>();
        if (Sequence(node, keyPath) is not { } sequence)
        {
            return items;
        }

        if (sequence.Children.Count == 0)
        {
            Error(sequence, $"{keyPath} must list at least one {what}, or be left out");
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (String(sequence.Children[i], $"{keyPath}[{i}]") is not { } text)
            {
                continue;
            }

            if (parse(text) is { } item)
            {
                items.Add(item);
            }
            else
            {
                Error(sequence.Children[i], $"{keyPath}[{i}] must be {expected}, found '{text}'");
            }
        }

        return items;
    }

    /// <summary>
    /// The entries of a mapping with string keys; unknown keys are reported with the allowed ones and a
    /// suggestion. <paramref name="where"/> completes "unknown key 'x' …", e.g. "in versions[2]".
    /// </summary>
    public List<(string Key, YamlScalarNode KeyNode, YamlNode Value)> Entries(YamlMappingNode mapping, string where, IReadOnlyCollection<string> allowed)
    {
        var entries = new List<(string, YamlScalarNode, YamlNode)>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
            {
                Error(keyNode, $"keys {where} must be plain names");
                continue;
            }

            if (key == "<<" && scalarKey.Style == ScalarStyle.Plain)
            {
                Error(keyNode, $"merge keys ('<<') are not read {where}; write the keys out (anchors and aliases of whole values work)");
                continue;
            }

            if (!allowed.Contains(key))
            {
                var suggestion = Suggestions.Closest(key, allowed);
                var hint = suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)";
                Error(keyNode, $"unknown key '{key}' {where}{hint}; allowed: {string.Join(", ", allowed)}");
                continue;
            }

            entries.Add((key, scalarKey, value));
        }

        return entries;
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: null or "" } scalar when scalar.Style == ScalarStyle.Plain => "nothing",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "an alias",
    };
}
