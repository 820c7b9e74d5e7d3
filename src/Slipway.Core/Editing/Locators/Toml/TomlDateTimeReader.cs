using System.Globalization;

namespace Slipway.Core.Editing.Locators.Toml;

/// <summary>
/// Checks RFC 3339 dates and times as TOML 1.0 allows them: offset and local date-times, local dates
/// and local times, with real calendar days and the seconds that TOML 1.0 requires.
/// </summary>
internal sealed class TomlDateTimeReader
{
    private readonly TomlCursor _cursor;
    private readonly string _token;
    private readonly int _start;
    private int _i;

    private TomlDateTimeReader(TomlCursor cursor, string token, int start)
    {
        _cursor = cursor;
        _token = token;
        _start = start;
    }

    public static bool IsDate(ReadOnlySpan<char> text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-' && !text[..4].ContainsAnyExceptInRange('0', '9')
        && !text[5..7].ContainsAnyExceptInRange('0', '9') && !text[8..].ContainsAnyExceptInRange('0', '9');

    /// <summary>Digits followed by '-' or ':' can only be a date or a time (an exponent's sign follows an 'e').</summary>
    public static bool LooksLikeDateOrTime(string token)
    {
        var digits = token.AsSpan().IndexOfAnyExceptInRange('0', '9');
        return digits > 0 && token[digits] is '-' or ':';
    }

    /// <summary>The kind of date or time, e.g. "a local date"; throws at the first character that breaks the rules.</summary>
    public static string Validate(TomlCursor cursor, string token, int start) => new TomlDateTimeReader(cursor, token, start).Read();

    private string Read()
    {
        if (_token[_token.AsSpan().IndexOfAnyExceptInRange('0', '9')] == ':')
        {
            Time();
            if (_i < _token.Length)
            {
                throw Fail(_i, _token[_i] is 'Z' or 'z' or '+' or '-' ? "a time without a date cannot have an offset" : $"'{_token[_i]}' cannot follow the time");
            }

            return "a local time";
        }

        Date();
        if (_i == _token.Length)
        {
            return "a local date";
        }

        if (_token[_i] is not ('T' or 't' or ' '))
        {
            throw Fail(_i, "a date and its time are separated by 'T' or a space");
        }

        _i++;
        Time();
        if (_i == _token.Length)
        {
            return "a local date-time";
        }

        if (_token[_i] is 'Z' or 'z')
        {
            _i++;
        }
        else if (_token[_i] is '+' or '-')
        {
            _i++;
            Field(2, "offset hour", 0, 23);
            Expect(':', "an offset is written +HH:MM or -HH:MM");
            Field(2, "offset minute", 0, 59);
        }
        else
        {
            throw Fail(_i, "a time may be followed only by an offset (Z, +HH:MM or -HH:MM)");
        }

        return _i == _token.Length ? "an offset date-time" : throw Fail(_i, $"'{_token[_i]}' cannot follow the offset");
    }

    private void Date()
    {
        var year = Field(4, "year", 0, 9999);
        Expect('-', "a date is written YYYY-MM-DD");
        var month = Field(2, "month", 1, 12);
        Expect('-', "a date is written YYYY-MM-DD");
        var dayStart = _i;
        var day = Field(2, "day", 1, 31);
        var leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        var days = month switch
        {
            2 => leap ? 29 : 28,
            4 or 6 or 9 or 11 => 30,
            _ => 31,
        };
        if (day > days)
        {
            var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            throw Fail(dayStart, $"{monthName} {year.ToString("D4", CultureInfo.InvariantCulture)} has {days} days");
        }
    }

    private void Time()
    {
        Field(2, "hour", 0, 23);
        Expect(':', "a time is written HH:MM:SS");
        Field(2, "minute", 0, 59);
        if (_i >= _token.Length || _token[_i] != ':')
        {
            throw Fail(_i, "TOML 1.0 requires the seconds (write HH:MM:SS, e.g. 07:32:00)");
        }

        _i++;

        // 60 is a leap second, which RFC 3339 allows.
        Field(2, "second", 0, 60);
        if (_i < _token.Length && _token[_i] == '.')
        {
            _i++;
            var fraction = _i;
            while (_i < _token.Length && char.IsAsciiDigit(_token[_i]))
            {
                _i++;
            }

            if (_i == fraction)
            {
                throw Fail(_i, "a fraction of a second needs digits after the '.'");
            }
        }
    }

    private int Field(int width, string name, int min, int max)
    {
        var begin = _i;
        while (_i < _token.Length && _i - begin < width && char.IsAsciiDigit(_token[_i]))
        {
            _i++;
        }

        if (_i - begin != width)
        {
            throw Fail(begin, $"the {name} must have {width} digits");
        }

        var value = int.Parse(_token.AsSpan(begin, width), NumberStyles.None, CultureInfo.InvariantCulture);
        return value >= min && value <= max
            ? value
            : throw Fail(begin, $"the {name} must be from {min.ToString(new string('0', width), CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
    }

    private void Expect(char separator, string rule)
    {
        if (_i >= _token.Length || _token[_i] != separator)
        {
            throw Fail(_i, rule);
        }

        _i++;
    }

    private LocateException Fail(int index, string why) =>
        _cursor.Error($"'{_token}' is not a valid date or time: {why}", _start + Math.Min(index, _token.Length));
}
