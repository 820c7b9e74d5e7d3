using Slipway.Core.Editing.Locators.Toml;
using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Editing.Locators;

/// <summary>
/// <c>toml: workspace.package.version</c>: a single-line string at a key path (Cargo.toml,
/// pyproject.toml), or in the matching tables of an array of tables (<c>package[name=bpfman].version</c>
/// in Cargo.lock).
/// </summary>
public sealed class TomlLocator(KeyPath path) : IVersionLocator
{
    public string Description => $"toml: {path}";

    public IReadOnlyList<LocatedValue> Locate(string text) => PathNavigator.Find([TomlTreeReader.Read(text)], path);

    public string ExplainNoMatch(string text) => PathNavigator.ExplainMiss([TomlTreeReader.Read(text)], path);
}
