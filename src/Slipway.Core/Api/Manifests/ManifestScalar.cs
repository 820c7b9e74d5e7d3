using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Slipway.Core.Api.Manifests;

/// <summary>What a scalar is once resolved.</summary>
public enum ScalarKind
{
    Null,
    Bool,
    Number,
    Text,
}

/// <summary>
/// A scalar, resolved as kubectl and Helm read YAML (sigs.k8s.io/yaml on go-yaml v2, YAML 1.1): a
/// plain <c>yes</c> is a boolean, <c>010</c> is 8, and anything quoted is a string.
/// </summary>
public sealed partial class ManifestScalar : ManifestNode
{
    public ManifestScalar(string value, bool quoted, int line)
        : base(line)
    {
        (Kind, _value) = quoted ? (ScalarKind.Text, value) : Resolve(value);
        _number = Kind == ScalarKind.Number && double.TryParse(_value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN;
        Hash = Number is { } number ? HashCode.Combine(Kind, number) : Kind == ScalarKind.Text ? TextHash(_value) : HashCode.Combine(Kind, _value);
    }

    public ScalarKind Kind { get; }

    /// <summary>The value: the text of a string, <c>true</c>/<c>false</c>, a number's JSON spelling, or <c>null</c>.</summary>
    public string Value => _value ??= Unfold();

    public bool IsNull => Kind == ScalarKind.Null;

    public override long Size => 1;

    public override int Hash { get; }

    /// <summary>A number's value, or null for anything else (and for numbers beyond a double's range).</summary>
    public double? Number => double.IsNaN(_number) ? null : _number;

    protected override bool Equal(ManifestNode other) =>
        other is ManifestScalar scalar && scalar.Kind == Kind
        && (SameText(scalar) ?? (string.Equals(scalar.Value, Value, StringComparison.Ordinal) || (Kind == ScalarKind.Number && Number is { } n && n.Equals(scalar.Number))));

    internal override void WriteJson(StringBuilder json)
    {
        if (Kind == ScalarKind.Text)
        {
            WriteString(json, Value);
        }
        else
        {
            json.Append(Value);
        }
    }

    internal static void WriteString(StringBuilder json, string text)
    {
        json.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    json.Append("\\\"");
                    break;
                case '\\':
                    json.Append("\\\\");
                    break;
                case '\n':
                    json.Append("\\n");
                    break;
                case '\t':
                    json.Append("\\t");
                    break;
                case < ' ':
                    json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    json.Append(c);
                    break;
            }
        }

        json.Append('"');
    }

    private static (ScalarKind, string) Resolve(string text)
    {
        if (text.Length == 0 || text is "~" or "null" or "Null" or "NULL")
        {
            return (ScalarKind.Null, "null");
        }

        if (text is "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "y" or "Y" or "on" or "On" or "ON")
        {
            return (ScalarKind.Bool, "true");
        }

        if (text is "false" or "False" or "FALSE" or "no" or "No" or "NO" or "n" or "N" or "off" or "Off" or "OFF")
        {
            return (ScalarKind.Bool, "false");
        }

        // Only text that starts like a number can be one: most scalars (names, descriptions) stop here.
        var first = text[0];
        if (!(char.IsAsciiDigit(first) || first is '-' or '+' or '.'))
        {
            return (ScalarKind.Text, text);
        }

        if (DecimalInteger().IsMatch(text))
        {
            return (ScalarKind.Number, text.Replace("_", string.Empty, StringComparison.Ordinal).TrimStart('+'));
        }

        if (OtherInteger().Match(text) is { Success: true } integer)
        {
            var digits = integer.Groups["digits"].Value.Replace("_", string.Empty, StringComparison.Ordinal);
            var radix = integer.Groups["hex"].Success ? 16 : 8;
            var negative = text.StartsWith('-');
            try
            {
                var value = Convert.ToInt64(digits, radix);
                return (ScalarKind.Number, (negative ? -value : value).ToString(CultureInfo.InvariantCulture));
            }
            catch (OverflowException)
            {
                return (ScalarKind.Text, text);
            }
        }

        if (Float().IsMatch(text) && double.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return (ScalarKind.Number, real.ToString("R", CultureInfo.InvariantCulture));
        }

        return (ScalarKind.Text, text);
    }

    [GeneratedRegex(@"^[-+]?(0|[1-9][0-9_]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalInteger();

    [GeneratedRegex(@"^[-+]?(0x(?<hex>)(?<digits>[0-9a-fA-F_]+)|0(?<digits>[0-7_]+))$", RegexOptions.CultureInvariant)]
    private static partial Regex OtherInteger();

    // JSON has no spelling for .inf and .nan; those stay strings, which is how they compare anyway.
    [GeneratedRegex(@"^[-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?$|^[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Float();
}
