using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Editing.Locators;

/// <summary><c>json: version</c>: a string at a key path (package.json, a chart's JSON, a manifest).</summary>
public sealed class JsonLocator(KeyPath path) : IVersionLocator
{
    public string Description => $"json: {path}";

    public IReadOnlyList<LocatedValue> Locate(string text) => PathNavigator.Find([JsonTreeReader.Read(text)], path);

    public string ExplainNoMatch(string text) => PathNavigator.ExplainMiss([JsonTreeReader.Read(text)], path);
}
