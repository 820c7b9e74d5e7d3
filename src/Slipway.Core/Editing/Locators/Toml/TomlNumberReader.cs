using System.Globalization;

namespace Slipway.Core.Editing.Locators.Toml;

/// <summary>
/// Checks integers (decimal, 0x, 0o, 0b) and floats against TOML 1.0: underscores only between
/// digits, no leading zeros, a digit on each side of the point, and integers within 64 bits.
/// </summary>
internal static class TomlNumberReader
{
    /// <summary>"an integer" or "a float"; throws at the first character that breaks the rules.</summary>
    public static string Validate(TomlCursor cursor, string token, int start)
    {
        var signed = token[0] is '+' or '-';
        var i = signed ? 1 : 0;
        if (i + 1 < token.Length && token[i] == '0' && char.ToLowerInvariant(token[i + 1]) is 'x' or 'o' or 'b')
        {
            return RadixInteger(cursor, token, start, signed);
        }

        if (i < token.Length && token[i] == '.')
        {
            throw Invalid(cursor, token, start, i, "a decimal point must have a digit before it (write 0.5, not .5)");
        }

        var integerStart = i;
        var digits = Digits(cursor, token, start, ref i, char.IsAsciiDigit);
        if (digits == 0)
        {
            throw Invalid(cursor, token, start, i, "a number needs digits (after its sign, if any)");
        }

        if (token[integerStart] == '0' && digits > 1)
        {
            throw Invalid(cursor, token, start, integerStart, "leading zeros are not allowed (write 0o17 for an octal number)");
        }

        var isFloat = false;
        if (i < token.Length && token[i] == '.')
        {
            i++;
            if (i >= token.Length || !char.IsAsciiDigit(token[i]))
            {
                throw Invalid(cursor, token, start, i, "a decimal point must have a digit after it (write 7.0, not 7.)");
            }

            Digits(cursor, token, start, ref i, char.IsAsciiDigit);
            isFloat = true;
        }

        if (i < token.Length && token[i] is 'e' or 'E')
        {
            i++;
            if (i < token.Length && token[i] is '+' or '-')
            {
                i++;
            }

            if (Digits(cursor, token, start, ref i, char.IsAsciiDigit) == 0)
            {
                throw Invalid(cursor, token, start, i, "an exponent needs digits after the 'e' and its sign");
            }

            isFloat = true;
        }

        if (i < token.Length)
        {
            var why = token[i] == '.' ? "a float has one decimal point, and it comes before the exponent" : $"'{token[i]}' cannot appear in a number";
            throw Invalid(cursor, token, start, i, why);
        }

        if (!isFloat && !long.TryParse(token.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            throw Invalid(cursor, token, start, 0, "it does not fit in 64 bits (TOML integers range from -9223372036854775808 to 9223372036854775807)");
        }

        return isFloat ? "a float" : "an integer";
    }

    private static string RadixInteger(TomlCursor cursor, string token, int start, bool signed)
    {
        var prefix = token[(signed ? 1 : 0)..(signed ? 3 : 2)];
        if (signed)
        {
            throw Invalid(cursor, token, start, 0, "hexadecimal, octal and binary integers cannot have a sign");
        }

        if (prefix is not ("0x" or "0o" or "0b"))
        {
            throw Invalid(cursor, token, start, 1, $"the prefix is written in lowercase ({prefix.ToLowerInvariant()})");
        }

        var (radix, name, article) = prefix switch
        {
            "0x" => (16, "hexadecimal", "a"),
            "0o" => (8, "octal", "an"),
            _ => (2, "binary", "a"),
        };
        Func<char, bool> isDigit = radix switch
        {
            16 => char.IsAsciiHexDigit,
            8 => c => c is >= '0' and <= '7',
            _ => c => c is '0' or '1',
        };
        var i = 2;
        if (Digits(cursor, token, start, ref i, isDigit) == 0 || i < token.Length)
        {
            var found = i < token.Length ? $"'{token[i]}' is not {article} {name} digit" : $"the {prefix} prefix must be followed by {name} digits";
            throw Invalid(cursor, token, start, i, found);
        }

        UInt128 value = 0;
        foreach (var c in token.AsSpan(2))
        {
            if (c != '_')
            {
                value = (value * (uint)radix) + (uint)(char.IsAsciiDigit(c) ? c - '0' : char.ToLowerInvariant(c) - 'a' + 10);
                if (value > long.MaxValue)
                {
                    throw Invalid(cursor, token, start, 0, "it does not fit in 64 bits (the largest TOML integer is 0x7fffffffffffffff)");
                }
            }
        }

        return "an integer";
    }

    /// <summary>Reads digits and the underscores between them; returns how many digits it read.</summary>
    private static int Digits(TomlCursor cursor, string token, int start, ref int i, Func<char, bool> isDigit)
    {
        var count = 0;
        while (i < token.Length)
        {
            if (isDigit(token[i]))
            {
                count++;
            }
            else if (token[i] != '_')
            {
                break;
            }
            else if (count == 0 || token[i - 1] == '_' || i + 1 >= token.Length || !isDigit(token[i + 1]))
            {
                throw Invalid(cursor, token, start, i, "an underscore must stand between two digits");
            }

            i++;
        }

        return count;
    }

    private static LocateException Invalid(TomlCursor cursor, string token, int start, int index, string why) =>
        cursor.Error($"'{token}' is not a valid number: {why}", start + index);
}
