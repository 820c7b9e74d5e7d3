using System.Globalization;
using System.Text;

namespace Slipway.Core.Editing.Trees;

/// <summary>Parses <see cref="KeyPath"/> syntax; errors carry the character offset of the problem.</summary>
internal sealed class KeyPathParser(string text)
{
    private int _position;

    public static bool IsBareKeyChar(char c) => !char.IsWhiteSpace(c) && c is not ('.' or '[' or ']' or '"' or '\'' or '=');

    public KeyPath Parse()
    {
        int? document = null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && text[..colon].All(char.IsAsciiDigit))
        {
            document = Number(text[..colon], 0, "document number");
            _position = colon + 1;
        }

        var segments = new List<PathSegment>();
        if (_position >= text.Length)
        {
            throw new LocateException("the key path is empty", _position);
        }

        while (_position < text.Length)
        {
            if (Current == '[')
            {
                segments.Add(ParseSelector());
                continue;
            }

            if (segments.Count > 0)
            {
                Expect('.');
            }

            segments.Add(new KeySegment(ReadKey(stopAt: '.')));
        }

        return new KeyPath(document, segments);
    }

    private char Current => text[_position];

    private PathSegment ParseSelector()
    {
        var open = _position++;
        var close = text.IndexOf(']', _position);
        if (close < 0)
        {
            throw new LocateException("'[' is not closed with ']'", open);
        }

        var body = text[_position..close];
        if (body.Length > 0 && body.All(char.IsAsciiDigit))
        {
            _position = close + 1;
            return new IndexSegment(Number(body, _position, "index"));
        }

        var key = ReadKey(stopAt: '=');
        if (_position >= text.Length || Current != '=')
        {
            throw new LocateException($"a selector is [N] or [key=value], not [{body}]", open);
        }

        _position++;
        var value = _position < text.Length && Current is '"' or '\'' ? ReadQuoted() : ReadUntil(']');
        Expect(']');
        return new SelectSegment(key, value);
    }

    // Digits only, but perhaps more than an int holds: 'a[99999999999999999999]' is a located mistake, not an overflow.
    private static int Number(string digits, int offset, string what) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new LocateException($"the {what} {digits} is too large", offset);

    private string ReadKey(char stopAt)
    {
        if (_position < text.Length && Current is '"' or '\'')
        {
            return ReadQuoted();
        }

        var start = _position;
        while (_position < text.Length && IsBareKeyChar(Current) && Current != stopAt)
        {
            _position++;
        }

        if (_position == start)
        {
            var found = _position < text.Length ? $"'{Current}'" : "the end of the path";
            throw new LocateException($"expected a key at {found}; quote keys that contain '.', '[', ']' or spaces", _position);
        }

        return text[start.._position];
    }

    private string ReadUntil(char end)
    {
        var start = _position;
        while (_position < text.Length && Current != end)
        {
            _position++;
        }

        return text[start.._position];
    }

    private string ReadQuoted()
    {
        var quote = text[_position];
        var open = _position++;
        var value = new StringBuilder();
        while (_position < text.Length && Current != quote)
        {
            if (Current == '\\' && quote == '"' && _position + 1 < text.Length)
            {
                _position++;
            }

            value.Append(text[_position++]);
        }

        if (_position >= text.Length)
        {
            throw new LocateException($"the quoted key opened here is not closed with {quote}", open);
        }

        _position++;
        return value.ToString();
    }

    private void Expect(char c)
    {
        if (_position >= text.Length || Current != c)
        {
            var found = _position < text.Length ? $"'{Current}'" : "the end of the path";
            throw new LocateException($"expected '{c}' but found {found}", _position);
        }

        _position++;
    }
}
