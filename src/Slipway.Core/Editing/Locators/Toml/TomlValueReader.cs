using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Editing.Locators.Toml;

/// <summary>Reads one value after '=' or inside an array: strings, scalars, arrays and inline tables.</summary>
internal sealed class TomlValueReader(TomlCursor cursor)
{
    // Arrays and inline tables nest by recursion; a bound keeps a hostile file from exhausting the stack.
    private const int MaxDepth = 100;

    private int _depth;

    public TomlValue Read()
    {
        return cursor.Current switch
        {
            '"' or '\'' => TomlStringReader.ReadValue(cursor),
            '[' => Nested(ReadArray),
            '{' => Nested(ReadInlineTable),
            var c when TomlScalarReader.IsTokenChar(c) => TomlScalarReader.Read(cursor),
            '#' => throw cursor.Error("found a comment where a value was expected; write the value after '=' on the same line"),
            _ when cursor.AtLineEnd => throw cursor.Error($"found {cursor.Describe(cursor.Position)} where a value was expected; write the value after '=' on the same line"),
            _ => throw cursor.Error(
                $"found {cursor.Describe(cursor.Position)} where a value was expected; a value is a quoted string, a number, true or false, a date, an array [...] or an inline table {{...}}"),
        };
    }

    private TomlValue Nested(Func<TomlValue> read)
    {
        if (++_depth > MaxDepth)
        {
            throw cursor.Error($"arrays and inline tables are nested more than {MaxDepth} deep here; Slipway does not read deeper nesting");
        }

        var value = read();
        _depth--;
        return value;
    }

    /// <summary>An array: values separated by commas, with line breaks, comments and a trailing comma allowed.</summary>
    private TomlValue ReadArray()
    {
        var open = cursor.Position++;
        var node = new SequenceNode(open);
        while (true)
        {
            cursor.SkipTriviaAndNewlines();
            if (cursor.Current == ']')
            {
                cursor.Position++;
                return new TomlValue(node, "an array", open);
            }

            if (cursor.AtEnd)
            {
                throw cursor.Error("the array that starts here is not closed; it must end with ']'", open);
            }

            if (cursor.Current == ',')
            {
                throw cursor.Error("found ',' where an array item was expected; items are separated by a single comma, and only the last may be followed by one");
            }

            node.Items.Add(Read().Node);
            cursor.SkipTriviaAndNewlines();
            if (cursor.Current == ',')
            {
                cursor.Position++;
            }
            else if (cursor.AtEnd)
            {
                throw cursor.Error("the array that starts here is not closed; it must end with ']'", open);
            }
            else if (cursor.Current != ']')
            {
                throw cursor.Error($"found {cursor.Describe(cursor.Position)} after an array item; items are separated by ',' and the array ends with ']'");
            }
        }
    }

    /// <summary>
    /// An inline table: key/value pairs on one line, separated by commas, without a trailing comma
    /// (TOML 1.0). Its keys follow the same rules as a table's, and it is closed once read.
    /// </summary>
    private TomlValue ReadInlineTable()
    {
        var open = cursor.Position++;
        var table = new TomlTable(open, TomlTableKind.Dotted);
        SkipInlineWhitespace(open);
        if (cursor.Current == '}')
        {
            cursor.Position++;
            return new TomlValue(table.Node, "an inline table", open);
        }

        while (true)
        {
            var key = TomlKeyReader.Read(cursor);
            SkipInlineWhitespace(open);
            if (cursor.Current != '=')
            {
                throw cursor.Error($"found {cursor.Describe(cursor.Position)} after the key {TomlKeyReader.Format(key)} in an inline table; expected '=' ({TomlKeyReader.BareKeyRule})");
            }

            cursor.Position++;
            SkipInlineWhitespace(open);
            table.Assign(key, Read(), cursor);
            SkipInlineWhitespace(open);
            if (cursor.Current == '}')
            {
                cursor.Position++;
                return new TomlValue(table.Node, "an inline table", open);
            }

            if (cursor.Current != ',')
            {
                throw cursor.Error($"found {cursor.Describe(cursor.Position)} after a value in an inline table; pairs are separated by ',' and the table ends with '}}'");
            }

            cursor.Position++;
            SkipInlineWhitespace(open);
            if (cursor.Current == '}')
            {
                throw cursor.Error("found '}' right after ','; TOML 1.0 does not allow a comma after the last pair of an inline table");
            }
        }
    }

    private void SkipInlineWhitespace(int open)
    {
        cursor.SkipWhitespace();
        if (cursor.AtEnd)
        {
            throw cursor.Error("the inline table that starts here is not closed; it must end with '}' on the same line", open);
        }

        if (cursor.AtNewline || cursor.Current == '#')
        {
            var found = cursor.Current == '#' ? "a comment" : "a line break";
            throw cursor.Error($"found {found} inside an inline table; in TOML 1.0 an inline table is written on one line (only values inside it, such as arrays, may span lines), so use a [table] for longer ones");
        }
    }
}
