using Slipway.Core.Configuration;
using Slipway.Core.Templates;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Workspace;

/// <summary>Reads and checks the <c>handoffs:</c> list of the workspace file.</summary>
internal sealed class HandoffSectionReader(ConfigNodeReader reader, WorkspaceValueReader paths)
{
    public static readonly IReadOnlyList<string> Keys = ["name", "from", "target", "branch", "copy", "commit", "signoff", "pull-request"];

    private readonly HandoffPartsReader _parts = new(reader, paths);

    public IReadOnlyList<HandoffSettings> Read(YamlNode node)
    {
        var handoffs = new List<HandoffSettings>();
        if (reader.Sequence(node, "handoffs") is not { } sequence)
        {
            return handoffs;
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var label = $"handoffs[{i}]";
            if (reader.Mapping(sequence.Children[i], label) is not { } mapping || Handoff(mapping, label) is not { } handoff)
            {
                continue;
            }

            if (lines.TryGetValue(handoff.Name, out var line))
            {
                reader.Error(mapping, $"{label}: the name '{handoff.Name}' is already used on line {line}; hand-off names must be unique");
                continue;
            }

            lines[handoff.Name] = handoff.Position.Line;
            handoffs.Add(handoff);
        }

        return handoffs;
    }

    private HandoffSettings? Handoff(YamlMappingNode mapping, string label)
    {
        NameReference? name = null, from = null;
        HandoffTarget? target = null;
        ValueTemplate? branch = null, commit = null, title = null, body = null;
        List<HandoffCopy>? copies = null;
        var signoff = false;
        foreach (var (key, _, value) in reader.Entries(mapping, "in " + label, Keys))
        {
            var path = $"{label}.{key}";
            switch (key)
            {
                case "name":
                    name = paths.Name(value, path, "a hand-off name");
                    break;
                case "from":
                    from = paths.Name(value, path, "the name of the workspace repository whose release it follows");
                    break;
                case "target":
                    target = _parts.Target(value, path);
                    break;
                case "branch":
                    branch = _parts.Template(value, path);
                    break;
                case "copy":
                    copies = _parts.Copies(value, path);
                    break;
                case "commit":
                    commit = _parts.Template(value, path);
                    break;
                case "signoff":
                    signoff = reader.Bool(value, path) ?? false;
                    break;
                default:
                    (title, body) = _parts.PullRequest(value, path);
                    break;
            }
        }

        foreach (var (key, what) in new[] { ("name", "a name"), ("from", "the repository it follows"), ("target", "the clone, remote and repository it goes to"), ("copy", "the files it copies") })
        {
            paths.Required(mapping, label, key, what);
        }

        if (name is null || from is null || target is null || copies is not { Count: > 0 })
        {
            return null;
        }

        commit ??= ValueTemplate.Parse($"{from.Name} {{version}}", HandoffSettings.TemplatePlaceholders);
        return new HandoffSettings
        {
            Name = name.Name,
            From = from,
            Target = target,
            Branch = branch ?? ValueTemplate.Parse($"slipway/{name.Name}/{{version}}", HandoffSettings.TemplatePlaceholders),
            Copies = copies,
            CommitMessage = commit,
            Signoff = signoff,
            PullRequestTitle = title ?? commit,
            PullRequestBody = body,
            Position = new SourcePosition((int)mapping.Start.Line, (int)mapping.Start.Column),
        };
    }
}
