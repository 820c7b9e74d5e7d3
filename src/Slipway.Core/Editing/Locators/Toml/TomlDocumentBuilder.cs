using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Editing.Locators.Toml;

/// <summary>
/// Applies TOML's table rules as headers and key/value pairs arrive: a table is defined once, an
/// array of tables grows only through <c>[[…]]</c>, and values (inline tables, arrays) stay closed.
/// </summary>
internal sealed class TomlDocumentBuilder
{
    private readonly TomlCursor _cursor;
    private TomlTable _current;

    public TomlDocumentBuilder(TomlCursor cursor)
    {
        _cursor = cursor;
        Root = new TomlTable(0, TomlTableKind.Header);
        _current = Root;
    }

    public TomlTable Root { get; }

    /// <summary>A key/value pair under the most recent header (or in the root table before any header).</summary>
    public void AddPair(IReadOnlyList<TomlKeyPart> key, TomlValue value) => _current.Assign(key, value, _cursor);

    /// <summary><c>[name]</c> at <paramref name="header"/>: defines the table and makes it current.</summary>
    public void OpenTable(IReadOnlyList<TomlKeyPart> name, int header)
    {
        var parent = EnterParents(name, isArray: false);
        var last = name[^1];
        if (!parent.TryGet(last.Name, out var existing))
        {
            _current = parent.Add(last.Name, new TomlTable(header, TomlTableKind.Header));
            return;
        }

        if (existing is TomlTable { Kind: TomlTableKind.Implicit } mentioned)
        {
            _current = mentioned.Define(TomlTableKind.Header, header);
            return;
        }

        var shown = TomlKeyReader.Format(name);
        var line = _cursor.LineOf(existing.Offset);
        throw _cursor.Error(
            existing switch
            {
                TomlTable { Kind: TomlTableKind.Header } =>
                    $"the table [{shown}] is defined twice; its header is already on line {line}, and a table may be defined only once (put these keys under the first header)",
                TomlTable => $"[{shown}] defines a table that dotted keys already defined on line {line}; a table is defined once, either by a header or by dotted keys",
                TomlTableArray => $"[{shown}] names the array of tables [[{shown}]] from line {line}; write [[{shown}]] to add an element to it",
                _ => $"[{shown}] names a key that already holds {existing.KindName} (line {line}); a key cannot be both a value and a table",
            },
            last.Offset);
    }

    /// <summary><c>[[name]]</c> at <paramref name="header"/>: appends a table to the array and makes it current.</summary>
    public void OpenArrayTable(IReadOnlyList<TomlKeyPart> name, int header)
    {
        var parent = EnterParents(name, isArray: true);
        var last = name[^1];
        if (!parent.TryGet(last.Name, out var existing))
        {
            _current = parent.Add(last.Name, new TomlTableArray(header)).Append(header);
            return;
        }

        if (existing is TomlTableArray array)
        {
            _current = array.Append(header);
            return;
        }

        var shown = TomlKeyReader.Format(name);
        var line = _cursor.LineOf(existing.Offset);
        throw _cursor.Error(
            existing switch
            {
                TomlValue { Node: SequenceNode } =>
                    $"[[{shown}]] cannot append to '{shown}', an array written as a value on line {line}; only an array created by [[{shown}]] headers can grow this way",
                TomlValue => $"[[{shown}]] names a key that already holds {existing.KindName} (line {line}); a key cannot be both a value and an array of tables",
                _ => $"[[{shown}]] names a table defined on line {line}; a name is either a table or an array of tables, not both",
            },
            last.Offset);
    }

    /// <summary>
    /// Walks the parts of a header name before the last: missing tables are created (implicitly, so a
    /// later header may still define them); an array of tables stands for its most recent element.
    /// </summary>
    private TomlTable EnterParents(IReadOnlyList<TomlKeyPart> name, bool isArray)
    {
        var table = Root;
        for (var i = 0; i < name.Count - 1; i++)
        {
            var part = name[i];
            if (!table.TryGet(part.Name, out var existing))
            {
                table = table.Add(part.Name, new TomlTable(part.Offset, TomlTableKind.Implicit));
                continue;
            }

            table = existing switch
            {
                TomlTable child => child,
                TomlTableArray array => array.Tables[^1],
                _ => throw _cursor.Error(
                    $"{(isArray ? "[[" : "[")}{TomlKeyReader.Format(name)}{(isArray ? "]]" : "]")} adds to '{TomlKeyReader.Format(name, i + 1)}', which is {existing.KindName} defined on line {_cursor.LineOf(existing.Offset)}; {((TomlValue)existing).WhyClosed}",
                    part.Offset),
            };
        }

        return table;
    }
}
