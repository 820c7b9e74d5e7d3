using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Configuration;

/// <summary>
/// slipway.yaml's (or the workspace file's) text as YAML nodes: one document whose top level is a mapping. Every way the text
/// can fail to be that is recorded as a located mistake, including failures from inside the parser.
/// </summary>
internal static class ConfigYaml
{
    /// <summary>How deep slipway.yaml may nest: it needs five levels at most.</summary>
    public const int MaxDepth = 64;

    /// <param name="needs">What an empty file lacks, for the message: "at least a 'versions:' list".</param>
    public static YamlMappingNode? Read(string text, ConfigNodeReader reader, string needs = "at least a 'versions:' list")
    {
        var stream = new YamlStream();
        var parser = new Text.GuardedYamlParser(new Parser(new StringReader(text)), MaxDepth, refuseTags: true);
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            var message = e.Message;
            var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
            reader.Error(e.Start, "not valid YAML: " + (cut >= 0 ? message[(cut + 3)..] : message));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            // YamlDotNet fails this way on a few malformed inputs ("a: {b" then a line "*"); the
            // input is what is wrong, so say where the parser was, as for its own syntax errors.
            reader.Error(parser.LastPosition, "not valid YAML: the parser cannot read past this point");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            reader.ErrorAtStart($"the file is empty; it needs {needs}");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            reader.Error(stream.Documents[1].RootNode, "a second YAML document starts here; the file holds one document (remove the '---' line and what follows, or merge it into the first)");
        }

        return reader.Mapping(stream.Documents[0].RootNode, "the top level");
    }
}
