using System.Diagnostics.CodeAnalysis;
using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Editing.Locators.Toml;

/// <summary>
/// What a key holds while a document is read: a value, a table or an array of tables. Each item
/// wraps the span node it produces and remembers where it was defined, for "first defined on line N".
/// </summary>
internal abstract class TomlItem(int offset)
{
    public int Offset { get; protected set; } = offset;

    public abstract SpanNode Node { get; }

    /// <summary>"an integer", "an inline table", "a table"…, for messages.</summary>
    public abstract string KindName { get; }
}

/// <summary>
/// A value written after '=' or inside an array: a scalar, an array or an inline table. A value is
/// complete when written; neither headers nor dotted keys may add to it later.
/// </summary>
internal sealed class TomlValue(SpanNode node, string kindName, int offset) : TomlItem(offset)
{
    public override SpanNode Node { get; } = node;

    public override string KindName { get; } = kindName;

    /// <summary>Why nothing can be added to this value, for the message that refuses it.</summary>
    public string WhyClosed => Node switch
    {
        MappingNode => "an inline table is complete at its closing '}', and nothing can be added to it afterwards",
        SequenceNode => "an array written as a value is complete at its closing ']', and nothing can be added to it afterwards",
        _ => "a key that holds a value cannot also be a table",
    };
}

/// <summary>An array created by <c>[[name]]</c> headers; each header appends a table.</summary>
internal sealed class TomlTableArray(int offset) : TomlItem(offset)
{
    private readonly SequenceNode _node = new(offset);

    public List<TomlTable> Tables { get; } = [];

    public override SpanNode Node => _node;

    public override string KindName => "an array of tables";

    public TomlTable Append(int header)
    {
        var table = new TomlTable(header, TomlTableKind.Header);
        Tables.Add(table);
        _node.Items.Add(table.Node);
        return table;
    }
}

/// <summary>How a table came to exist, which decides what may still add to it.</summary>
internal enum TomlTableKind
{
    /// <summary>Created only as a parent named in a header (<c>a</c> in <c>[a.b]</c>); its own header may still define it once.</summary>
    Implicit,

    /// <summary>Defined by its own header, or an element of an array of tables (or the root table).</summary>
    Header,

    /// <summary>Defined by dotted keys (<c>a.b = 1</c>) or inside an inline table; only those keys add to it.</summary>
    Dotted,
}

internal sealed class TomlTable(int offset, TomlTableKind kind) : TomlItem(offset)
{
    private readonly Dictionary<string, TomlItem> _items = new(StringComparer.Ordinal);
    private readonly MappingNode _node = new(offset);

    public TomlTableKind Kind { get; private set; } = kind;

    public override SpanNode Node => _node;

    public MappingNode Mapping => _node;

    public override string KindName => "a table";

    public bool TryGet(string name, [NotNullWhen(true)] out TomlItem? item) => _items.TryGetValue(name, out item);

    public T Add<T>(string name, T item)
        where T : TomlItem
    {
        _items.Add(name, item);
        _node.Entries.Add(new(name, item.Node));
        return item;
    }

    /// <summary>
    /// Sets <c>key = value</c> in this table. The parts before the last one create tables, or enter
    /// tables that dotted keys created; they may not enter a table that a header defined, an array of
    /// tables, or a value (TOML 1.0, "Table" and "Inline Table").
    /// </summary>
    public void Assign(IReadOnlyList<TomlKeyPart> key, TomlValue value, TomlCursor cursor)
    {
        var table = this;
        for (var i = 0; i < key.Count - 1; i++)
        {
            var part = key[i];
            if (!table.TryGet(part.Name, out var existing))
            {
                table = table.Add(part.Name, new TomlTable(part.Offset, TomlTableKind.Dotted));
                continue;
            }

            table = existing switch
            {
                TomlTable { Kind: TomlTableKind.Dotted } dotted => dotted,

                // A parent that headers only mention is not defined yet: these dotted keys define it,
                // so a header can no longer define it later.
                TomlTable { Kind: TomlTableKind.Implicit } mentioned => mentioned.Define(TomlTableKind.Dotted, part.Offset),
                _ => throw Conflict(key, i, existing, cursor),
            };
        }

        var last = key[^1];
        if (table.TryGet(last.Name, out var previous))
        {
            throw cursor.Error(
                $"the key {TomlKeyReader.Format(key)} is defined twice: it already holds {previous.KindName} from line {cursor.LineOf(previous.Offset)}; each key may be defined only once",
                last.Offset);
        }

        table.Add(last.Name, value);
    }

    /// <summary>Turns a table that headers only mentioned into a defined one, from here on.</summary>
    public TomlTable Define(TomlTableKind kind, int offset)
    {
        Kind = kind;
        Offset = offset;
        return this;
    }

    private static LocateException Conflict(IReadOnlyList<TomlKeyPart> key, int index, TomlItem existing, TomlCursor cursor)
    {
        var prefix = TomlKeyReader.Format(key, index + 1);
        var line = cursor.LineOf(existing.Offset);
        var why = existing switch
        {
            TomlTable => $"it is a table that its header on line {line} defines; write these keys under that header",
            TomlTableArray => $"it is an array of tables (line {line}); add to it with a [[...]] header",
            _ => $"it is {existing.KindName} defined on line {line}; {((TomlValue)existing).WhyClosed}",
        };
        return cursor.Error($"the dotted key {TomlKeyReader.Format(key)} cannot add to '{prefix}': {why}", key[index].Offset);
    }
}
