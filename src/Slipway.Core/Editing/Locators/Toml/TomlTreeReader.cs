using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Editing.Locators.Toml;

/// <summary>
/// A TOML 1.0 reader that records the span of every value, so that a version can be replaced in
/// Cargo.toml, Cargo.lock or pyproject.toml without touching any other character. It refuses every
/// document the specification calls invalid, because a file Slipway edits must stay valid.
/// </summary>
internal static class TomlTreeReader
{
    private const string OneStatementPerLine = "only a comment may follow on the same line, and each key/value pair or header starts a new line";

    /// <summary>The root table. Tables and inline tables become mappings; arrays and arrays of tables, sequences.</summary>
    /// <exception cref="LocateException">The text is not valid TOML 1.0; the offset points at the problem.</exception>
    public static MappingNode Read(string text)
    {
        var cursor = new TomlCursor(text);
        var builder = new TomlDocumentBuilder(cursor);
        var values = new TomlValueReader(cursor);

        // A byte-order mark is allowed before the document; TextDocument strips it, other callers may not.
        if (cursor.Current == '\uFEFF')
        {
            cursor.Position++;
        }

        while (true)
        {
            cursor.SkipWhitespace();
            cursor.SkipComment();
            if (cursor.AtEnd)
            {
                return builder.Root.Mapping;
            }

            if (cursor.AtNewline)
            {
                cursor.SkipNewline();
            }
            else if (cursor.Current == '[')
            {
                ReadHeader(cursor, builder);
            }
            else
            {
                ReadPair(cursor, builder, values);
            }
        }
    }

    private static void ReadHeader(TomlCursor cursor, TomlDocumentBuilder builder)
    {
        var open = cursor.Position;
        var isArray = cursor.At("[[");
        cursor.Position += isArray ? 2 : 1;
        cursor.SkipWhitespace();
        var name = TomlKeyReader.Read(cursor);
        cursor.SkipWhitespace();
        var close = isArray ? "]]" : "]";
        if (!cursor.At(close))
        {
            var header = isArray ? "an array-of-tables header [[...]]" : "a table header [...]";
            var rule = cursor.AtLineEnd || cursor.Current == ']' ? $"expected '{close}'" : $"expected '{close}' ({TomlKeyReader.BareKeyRule})";
            throw cursor.Error($"found {cursor.Describe(cursor.Position)} after the name {TomlKeyReader.Format(name)} in {header}; {rule}");
        }

        cursor.Position += close.Length;
        if (isArray)
        {
            builder.OpenArrayTable(name, open);
        }
        else
        {
            builder.OpenTable(name, open);
        }

        if (!cursor.TryEndLine())
        {
            var shown = isArray ? $"[[{TomlKeyReader.Format(name)}]]" : $"[{TomlKeyReader.Format(name)}]";
            throw cursor.Error($"found {cursor.Describe(cursor.Position)} after the header {shown}; a header stands on a line of its own ({OneStatementPerLine})");
        }
    }

    private static void ReadPair(TomlCursor cursor, TomlDocumentBuilder builder, TomlValueReader values)
    {
        var key = TomlKeyReader.Read(cursor);
        cursor.SkipWhitespace();
        if (cursor.Current != '=')
        {
            var rule = cursor.AtLineEnd ? "a key must be followed by '=' and its value on the same line" : $"expected '=' ({TomlKeyReader.BareKeyRule})";
            throw cursor.Error($"found {cursor.Describe(cursor.Position)} after the key {TomlKeyReader.Format(key)}; {rule}");
        }

        cursor.Position++;
        cursor.SkipWhitespace();
        builder.AddPair(key, values.Read());
        if (!cursor.TryEndLine())
        {
            throw cursor.Error($"found {cursor.Describe(cursor.Position)} after the value of {TomlKeyReader.Format(key)}; {OneStatementPerLine}");
        }
    }
}
