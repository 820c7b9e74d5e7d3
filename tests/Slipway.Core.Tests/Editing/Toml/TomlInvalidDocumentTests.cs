using Slipway.Core.Editing;
using Slipway.Core.Editing.Locators.Toml;

namespace Slipway.Core.Tests.Editing.Toml;

/// <summary>
/// Invalid documents are refused with a message that says what was found and what is allowed, at
/// the offset of the problem. In each case, '⟨' marks that offset and is removed before reading.
/// </summary>
public sealed class TomlInvalidDocumentTests
{
    [Theory]
    // Keys defined twice, directly, through quoting, through dotted keys and in inline tables.
    [InlineData("a = 1\n⟨a = 2\n", "the key a is defined twice: it already holds an integer from line 1")]
    [InlineData("a = 1\n⟨\"a\" = 2\n", "defined twice")]
    [InlineData("a.b = 1\na.⟨b = 2\n", "the key a.b is defined twice")]
    [InlineData("a.b = 1\n⟨a = 2\n", "it already holds a table from line 1")]
    [InlineData("a = { b = 1, ⟨b = 2 }\n", "the key b is defined twice")]
    // Tables defined twice or in two ways.
    [InlineData("[a]\n[⟨a]\n", "the table [a] is defined twice; its header is already on line 1")]
    [InlineData("[a.b]\n[a]\n[⟨a]\n", "the table [a] is defined twice; its header is already on line 2")]
    [InlineData("a.b = 1\n[⟨a]\n", "[a] defines a table that dotted keys already defined on line 1")]
    [InlineData("[a]\nb = 1\n[a.⟨b]\n", "[a.b] names a key that already holds an integer (line 2)")]
    [InlineData("[a.b.c]\nz = 9\n[a]\nb.⟨c.t = 1\n", "the dotted key b.c.t cannot add to 'b.c': it is a table that its header on line 1 defines")]
    [InlineData("a = 1\n⟨a.b = 2\n", "the dotted key a.b cannot add to 'a': it is an integer defined on line 1")]
    // Inline tables and static arrays are closed.
    [InlineData("a = { b = 1 }\n⟨a.c = 2\n", "an inline table is complete at its closing '}'")]
    [InlineData("a = { b = 1 }\n[⟨a.c]\n", "[a.c] adds to 'a', which is an inline table defined on line 1")]
    [InlineData("a = { b = 1 }\n[⟨a]\n", "[a] names a key that already holds an inline table")]
    [InlineData("tbl = { fruit = { apple.color = \"red\" }, ⟨fruit.apple.texture = { smooth = true } }\n", "cannot add to 'fruit': it is an inline table")]
    [InlineData("a = [{ b = 1 }]\n[⟨a.c]\n", "an array written as a value is complete")]
    // Arrays of tables.
    [InlineData("a = []\n[[⟨a]]\n", "[[a]] cannot append to 'a', an array written as a value on line 1")]
    [InlineData("[a]\n[[⟨a]]\n", "[[a]] names a table defined on line 1")]
    [InlineData("[[a]]\n[⟨a]\n", "[a] names the array of tables [[a]] from line 1")]
    [InlineData("[[a.b]]\n[a]\n⟨b.y = 2\n", "cannot add to 'b': it is an array of tables (line 1)")]
    // Strings.
    [InlineData("a = \"x⟨\\qy\"\n", "found '\\q', which is not an escape; TOML 1.0 allows \\b, \\t")]
    [InlineData("a = \"⟨\\e\"\n", "TOML 1.1")]
    [InlineData("a = \"⟨\\u12G4\"\n", "found '\\u' without 4 hexadecimal digits")]
    [InlineData("a = \"⟨\\uD800\"\n", "'\\uD800', which is not a Unicode scalar value")]
    [InlineData("a = \"⟨\\U00110000\"\n", "not a Unicode scalar value")]
    [InlineData("a = ⟨\"abc\nb = 1\n", "the basic string (\"...\") that starts here reaches the end of the line without its closing \"")]
    [InlineData("a = ⟨'abc\n", "the literal string ('...') that starts here reaches the end of the line")]
    [InlineData("a = ⟨\"abc", "reaches the end of the file")]
    [InlineData("a = \"x⟨\u0001\"\n", "found the control character U+0001 inside a string; write it as an escape such as \\u0001")]
    [InlineData("a = ⟨\"\"\"abc\n\n", "the multi-line string that starts here is not closed; it must end with \"\"\"")]
    [InlineData("a = ⟨'''abc\n", "must end with '''")]
    [InlineData("a = \"\"\"x ⟨\\  y\"\"\"\n", "a line-ending backslash must be the last thing on its line")]
    [InlineData("a = \"\"\"x⟨\"\"\"\"\"\"\n", "found 6 quotation marks in a row")]
    [InlineData("a = '''x⟨''''''\n", "found 6 apostrophes in a row")]
    [InlineData("a = \"\"\"x\n⟨\ry\"\"\"\n", "a carriage return without a line feed")]
    // Keys and the shape of a line.
    [InlineData("k⟨é = 1\n", "found 'é' after the key k; expected '=' (a bare key may contain only A-Z, a-z, 0-9, '_' and '-'")]
    [InlineData("⟨@a = 1\n", "found '@' where a key was expected")]
    [InlineData("⟨= 1\n", "a bare key cannot be empty")]
    [InlineData("a.⟨.b = 1\n", "every part of a dotted key needs a name")]
    [InlineData("name⟨\n", "found the end of the line after the key name; a key must be followed by '=' and its value on the same line")]
    [InlineData("first ⟨name = 1\n", "found 'n' after the key first; expected '='")]
    [InlineData("key = ⟨# comment\n", "found a comment where a value was expected")]
    [InlineData("key = ⟨\n", "found the end of the line where a value was expected")]
    [InlineData("key = ⟨", "found the end of the file where a value was expected")]
    [InlineData("a = \"x\" ⟨b = 2\n", "found 'b' after the value of a; only a comment may follow on the same line")]
    [InlineData("a = 1 ⟨2\n", "found '2' after the value of a")]
    [InlineData("a = 1⟨\rb = 2\n", "found a carriage return without a line feed (TOML lines end with LF or CRLF) after the value of a")]
    [InlineData("a = 1 # x⟨\u0007\n", "found the control character U+0007 in a comment")]
    [InlineData("# x⟨\u007F\n", "found the control character U+007F in a comment")]
    [InlineData("[a] ⟨b = 1\n", "found 'b' after the header [a]; a header stands on a line of its own")]
    [InlineData("[a⟨\n", "found the end of the line after the name a in a table header [...]; expected ']'")]
    [InlineData("[[a⟨]\n", "in an array-of-tables header [[...]]; expected ']]'")]
    [InlineData("[⟨]\n", "found ']' where a key was expected")]
    [InlineData("[a.⟨]\n", "found ']' where a key was expected")]
    [InlineData("⟨\"\"\"key\"\"\" = 1\n", "found a multi-line string where a key was expected")]
    // Arrays and inline tables.
    [InlineData("a = ⟨[1, 2\n", "the array that starts here is not closed; it must end with ']'")]
    [InlineData("a = [1 ⟨2]\n", "found '2' after an array item; items are separated by ','")]
    [InlineData("a = [1,⟨,2]\n", "found ',' where an array item was expected")]
    [InlineData("a = [⟨,]\n", "found ',' where an array item was expected")]
    [InlineData("a = ⟨{ b = 1", "the inline table that starts here is not closed")]
    [InlineData("a = { b = 1⟨\n}\n", "found a line break inside an inline table; in TOML 1.0 an inline table is written on one line")]
    [InlineData("a = { b = 1 ⟨# c\n}\n", "found a comment inside an inline table")]
    [InlineData("a = { b = 1, ⟨}\n", "TOML 1.0 does not allow a comma after the last pair of an inline table")]
    [InlineData("a = { b = 1 ⟨c = 2 }\n", "found 'c' after a value in an inline table; pairs are separated by ','")]
    [InlineData("a = { b ⟨1 }\n", "found '1' after the key b in an inline table; expected '='")]
    [InlineData("a = ⟨}\n", "found '}' where a value was expected; a value is a quoted string")]
    // Booleans and bare words.
    [InlineData("a = ⟨True\n", "booleans are written in lowercase: true or false")]
    [InlineData("a = ⟨yes\n", "found 'yes' where a value was expected; a string must be quoted (\"yes\" or 'yes')")]
    [InlineData("a = ⟨NaN\n", "the special floats are written in lowercase")]
    // Numbers.
    [InlineData("a = ⟨0123\n", "'0123' is not a valid number: leading zeros are not allowed")]
    [InlineData("a = -⟨01\n", "leading zeros are not allowed")]
    [InlineData("a = 1⟨__2\n", "an underscore must stand between two digits")]
    [InlineData("a = 1_000⟨_\n", "an underscore must stand between two digits")]
    [InlineData("a = ⟨_1\n", "found '_1' where a value was expected")]
    [InlineData("a = 0x⟨_1\n", "an underscore must stand between two digits")]
    [InlineData("a = ⟨+0x1F\n", "hexadecimal, octal and binary integers cannot have a sign")]
    [InlineData("a = 0⟨X1F\n", "the prefix is written in lowercase (0x)")]
    [InlineData("a = 0o⟨8\n", "'8' is not an octal digit")]
    [InlineData("a = 0b⟨\n", "the 0b prefix must be followed by binary digits")]
    [InlineData("a = ⟨9223372036854775808\n", "it does not fit in 64 bits")]
    [InlineData("a = ⟨0x8000000000000000\n", "it does not fit in 64 bits")]
    [InlineData("a = ⟨.7\n", "a decimal point must have a digit before it")]
    [InlineData("a = +⟨.7\n", "a decimal point must have a digit before it")]
    [InlineData("a = 7.⟨\n", "a decimal point must have a digit after it")]
    [InlineData("a = 3.⟨e+20\n", "a decimal point must have a digit after it")]
    [InlineData("a = 1e⟨\n", "an exponent needs digits")]
    [InlineData("a = 1.2⟨.3\n", "a float has one decimal point, and it comes before the exponent")]
    [InlineData("a = 1⟨x\n", "'x' cannot appear in a number")]
    [InlineData("a = +⟨+1\n", "a number needs digits")]
    // Dates and times.
    [InlineData("a = 1979-02-⟨30\n", "'1979-02-30' is not a valid date or time: February 1979 has 28 days")]
    [InlineData("a = 1900-02-⟨29\n", "February 1900 has 28 days")]
    [InlineData("a = 1979-⟨13-01\n", "the month must be from 01 to 12")]
    [InlineData("a = 1979-⟨5-27\n", "the month must have 2 digits")]
    [InlineData("a = 1979-05-27T⟨25:00:00\n", "the hour must be from 00 to 23")]
    [InlineData("a = 1979-05-27T07:⟨60:00\n", "the minute must be from 00 to 59")]
    [InlineData("a = 1979-05-27T07:32:⟨61\n", "the second must be from 00 to 60")]
    [InlineData("a = 1979-05-27T07:32⟨\n", "TOML 1.0 requires the seconds")]
    [InlineData("a = 1979-05-27T07:32:00.⟨Z\n", "a fraction of a second needs digits")]
    [InlineData("a = 07:32:00⟨Z\n", "a time without a date cannot have an offset")]
    [InlineData("a = 1979-05-27T07:32:00+⟨7:00\n", "the offset hour must have 2 digits")]
    [InlineData("a = 1979-05-27⟨X07:32:00\n", "a date and its time are separated by 'T' or a space")]
    [InlineData("a = 1979-05-27T07:32:00⟨Q\n", "a time may be followed only by an offset")]
    public void Invalid_documents_are_refused_at_the_offset_of_the_problem(string marked, string message)
    {
        var offset = marked.IndexOf('⟨', StringComparison.Ordinal);
        var text = marked.Remove(offset, 1);

        var error = Should.Throw<LocateException>(() => TomlTreeReader.Read(text));

        error.Message.ShouldStartWith("not valid TOML: ");
        error.Message.ShouldContain(message, Case.Sensitive);
        error.Offset.ShouldBe(offset, error.Message);
    }
}
