using System.Text;

namespace Slipway.Core.Tests.Api;

/// <summary>Block YAML as generators write it, with the choices they make at random: indentless or indented lists, maps in list items, folded plain scalars, literal blocks, quotes, comments.</summary>
internal sealed class RandomBlockYaml(Random random)
{
    private static readonly string[] Scalars =
        ["v1alpha1", "true", "yes", "010", "0x1F", "1.5", "-3", "null", "~", "a b c", "http://x:80/y", "Managed", "self == oldSelf", "x-y_z", "é ü", "1e3", "-", "a-b", ".inf"];

    private readonly StringBuilder _text = new();

    public string Document()
    {
        _text.Clear();
        if (random.Next(4) == 0)
        {
            _text.Append("---\n");
        }

        Map(0, 0);
        return _text.ToString();
    }

    private void Map(int indent, int depth, bool afterDash = false)
    {
        var keys = random.Next(1, 5);
        for (var k = 0; k < keys; k++)
        {
            if (!(afterDash && k == 0))
            {
                _text.Append(' ', indent);
            }

            _text.Append("key").Append(k).Append(random.Next(3) == 0 ? "-x" : string.Empty).Append(':');
            Value(indent, depth);
            if (random.Next(8) == 0)
            {
                _text.Append(' ', indent).Append("# a comment\n");
            }
        }
    }

    private void Value(int indent, int depth)
    {
        switch (depth > 3 ? random.Next(5) : random.Next(8))
        {
            case 0:
                _text.Append(' ').Append(Scalars[random.Next(Scalars.Length)]).Append('\n');
                break;
            case 1:
                _text.Append(' ').Append(Quoted()).Append('\n');
                break;
            case 2:
                _text.Append(" description words that go on").Append('\n').Append(' ', indent + 2).Append("and on over a second line\n");
                break;
            case 3:
                _text.Append(" |").Append(random.Next(3) switch { 0 => "-", 1 => "+", _ => string.Empty }).Append('\n')
                    .Append(' ', indent + 2).Append("first line\n").Append(' ', indent + 4).Append("indented: more\n").Append(' ', indent + 2).Append("# kept\n");
                break;
            case 4:
                _text.Append(random.Next(2) == 0 ? " []\n" : " {}\n");
                break;
            case 5:
                _text.Append('\n');
                Map(indent + 2, depth + 1);
                break;
            default:
                _text.Append('\n');
                var dashIndent = random.Next(2) == 0 ? indent : indent + 2;
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    _text.Append(' ', dashIndent).Append("- ");
                    if (random.Next(2) == 0)
                    {
                        Map(dashIndent + 2, depth + 1, afterDash: true);
                    }
                    else
                    {
                        _text.Append(Scalars[random.Next(Scalars.Length)]).Append('\n');
                    }
                }

                break;
        }
    }

    private string Quoted() => random.Next(2) == 0 ? "'it''s " + Scalars[random.Next(Scalars.Length)] + "'" : "\"say \\\"" + Scalars[random.Next(Scalars.Length)] + "\\\"\"";
}
