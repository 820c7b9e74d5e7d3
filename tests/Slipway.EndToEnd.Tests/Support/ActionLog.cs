using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Slipway.EndToEnd.Tests.Support;

/// <summary>One action of a release: the step it belongs to, its fields (as --json prints them) and the diffs of the files it writes.</summary>
public sealed record LoggedAction(string Step, JsonObject Action, IReadOnlyList<string> Diffs)
{
    public string Kind => Action["kind"]!.GetValue<string>();

    public string? Field(string name) => Action[name]?.GetValue<string>();

    public IReadOnlyList<string> List(string name) => Action[name]?.AsArray().Select(n => n!.GetValue<string>()).ToList() ?? [];
}

/// <summary>
/// The actions of a release, as a dry run announced them (--dry-run --json) or as a real run reported
/// them (its --json events), and a form of them that compares: each id the release made (a commit,
/// a tag) named by its place among them, since a dry run makes its own with other ids.
/// </summary>
public static partial class ActionLog
{
    public static List<LoggedAction> FromPlan(string json) => JsonNode.Parse(json)!["steps"]!.AsArray()
        .SelectMany(step => step!["actions"]!.AsArray().Select(a => new LoggedAction(
            step["name"]!.GetValue<string>(), a!["action"]!.AsObject(), a["diffs"]!.AsArray().Select(d => d!.GetValue<string>()).ToList())))
        .ToList();

    public static List<LoggedAction> FromEvents(IEnumerable<string> outputs) => outputs
        .SelectMany(output => output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        .Select(line => JsonNode.Parse(line)!.AsObject())
        .Where(e => e["event"]?.GetValue<string>() == "action")
        .Select(e => new LoggedAction(e["step"]!.GetValue<string>(), e["action"]!.AsObject(),
            e["diffs"]?.AsArray().Select(d => d!.GetValue<string>()).ToList() ?? []))
        .ToList();

    /// <summary>One line per action ("step: {fields}", then its diffs), ids not in <paramref name="known"/> numbered by first appearance.</summary>
    public static IReadOnlyList<string> Comparable(IEnumerable<LoggedAction> actions, IReadOnlySet<string> known)
    {
        var made = new Dictionary<string, string>(StringComparer.Ordinal);
        string Name(Match id) => known.Contains(id.Value) ? id.Value[..7] : made.TryGetValue(id.Value, out var name) ? name : made[id.Value] = $"<made {made.Count + 1}>";
        return actions.SelectMany(a => a.Diffs.Prepend($"{a.Step}: {Id().Replace(a.Action.ToJsonString(), Name)}")).ToList();
    }

    [GeneratedRegex("\\b[0-9a-f]{40}\\b")]
    private static partial Regex Id();
}
