using System.Xml;

namespace Slipway.Core.Editing.Locators;

/// <summary>
/// <c>xml: Project/PropertyGroup/Version</c>: the text of every element at that path (namespaces
/// ignored, so pom.xml works as written), or an attribute with a last step <c>@Name</c>.
/// XmlReader checks that the file is well-formed and gives positions; the spans come from the text.
/// </summary>
public sealed class XmlLocator : IVersionLocator
{
    private readonly string[] _elements;
    private readonly string? _attribute;

    public XmlLocator(string path)
    {
        Path = path;
        var steps = path.Trim('/').Split('/');
        if (steps.Any(s => s.Length == 0))
        {
            throw new LocateException("an XML path is element names separated by '/', e.g. Project/PropertyGroup/Version");
        }

        _attribute = steps[^1].StartsWith('@') ? steps[^1][1..] : null;
        _elements = (_attribute is null ? steps : steps[..^1]).Select(LocalName).ToArray();
    }

    public string Path { get; }

    public string Description => $"xml: {Path}";

    public IReadOnlyList<LocatedValue> Locate(string text)
    {
        var map = new LineMap(text);
        var found = new List<LocatedValue>();
        var stack = new List<string>();
        var hadText = false;
        using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        });
        var info = (IXmlLineInfo)reader;
        int Offset() => map.ToOffset(info.LineNumber, info.LinePosition);

        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        stack.Add(reader.LocalName);
                        var atTarget = IsTarget(stack);
                        if (atTarget && _attribute is not null && reader.MoveToAttribute(_attribute))
                        {
                            found.Add(AttributeValue(text, Offset(), reader.Value));
                            reader.MoveToElement();
                        }

                        if (atTarget && _attribute is null && reader.IsEmptyElement)
                        {
                            throw new LocateException($"<{reader.Name}/> is an empty element; write <{reader.Name}></{reader.Name}> so the version has a place", Offset());
                        }

                        hadText = false;
                        if (reader.IsEmptyElement)
                        {
                            stack.RemoveAt(stack.Count - 1);
                        }

                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when _attribute is null && IsTarget(stack):
                        found.Add(TextValue(text, Offset(), reader.NodeType == XmlNodeType.CDATA));
                        hadText = true;
                        break;
                    case XmlNodeType.EndElement:
                        if (_attribute is null && !hadText && IsTarget(stack))
                        {
                            // <Version></Version>: the value goes right before "</".
                            found.Add(new LocatedValue(new TextSpan(Offset() - 2, 0), string.Empty, ValueEncoding.XmlText));
                        }

                        stack.RemoveAt(stack.Count - 1);
                        hadText = true;
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            throw new LocateException($"not well-formed XML: {e.Message}", map.ToOffset(e.LineNumber, e.LinePosition));
        }

        return found;
    }

    public string ExplainNoMatch(string text) => _attribute is null
        ? $"no element at {string.Join('/', _elements)}"
        : $"no element at {string.Join('/', _elements)} with an attribute {_attribute}";

    private bool IsTarget(List<string> stack) =>
        stack.Count == _elements.Length && stack.SequenceEqual(_elements, StringComparer.Ordinal);

    private static LocatedValue TextValue(string text, int start, bool cdata)
    {
        var end = cdata ? text.IndexOf("]]>", start, StringComparison.Ordinal) : text.IndexOf('<', start);
        end = end < 0 ? text.Length : end;
        // Keep the indentation around a value written on its own line outside the span.
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var raw = text[start..end];
        var decoded = cdata ? raw : System.Net.WebUtility.HtmlDecode(raw);
        return new LocatedValue(TextSpan.FromBounds(start, end), decoded, cdata ? ValueEncoding.Raw : ValueEncoding.XmlText);
    }

    private static LocatedValue AttributeValue(string text, int nameStart, string value)
    {
        var equals = text.IndexOf('=', nameStart);
        var open = equals + 1;
        while (open < text.Length && char.IsWhiteSpace(text[open]))
        {
            open++;
        }

        var quote = text[open];
        var close = text.IndexOf(quote, open + 1);
        return new LocatedValue(TextSpan.FromBounds(open + 1, close), value, ValueEncoding.XmlAttribute);
    }

    private static string LocalName(string step) => step.Contains(':', StringComparison.Ordinal) ? step[(step.IndexOf(':', StringComparison.Ordinal) + 1)..] : step;
}
