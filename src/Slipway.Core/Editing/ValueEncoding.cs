namespace Slipway.Core.Editing;

/// <summary>
/// How a value is written at its place in a file. The span of a located value excludes quotes, so
/// the file keeps its own quoting; the encoding says which characters must be escaped inside it.
/// </summary>
public enum ValueEncoding
{
    Raw,
    JsonString,
    YamlPlain,
    YamlSingleQuoted,
    YamlDoubleQuoted,
    TomlBasicString,
    TomlLiteralString,
    XmlText,
    XmlAttribute,
}
