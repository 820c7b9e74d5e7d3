using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Editing.Locators;

/// <summary><c>yaml: a.b[0].c</c>: a scalar at a key path, in one document (<c>N:</c>) or in any.</summary>
public sealed class YamlLocator(KeyPath path) : IVersionLocator
{
    public string Description => $"yaml: {path}";

    public IReadOnlyList<LocatedValue> Locate(string text) => PathNavigator.Find(YamlTreeReader.Read(text), path);

    public string ExplainNoMatch(string text) => PathNavigator.ExplainMiss(YamlTreeReader.Read(text), path);
}
