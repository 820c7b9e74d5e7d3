using System.Text.RegularExpressions;
using Slipway.Core.Configuration;
using Slipway.Core.Templates;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Workspace;

/// <summary>Reads and checks the <c>handoffs:</c> list of the workspace file.</summary>
internal sealed partial class HandoffSectionReader(ConfigNodeReader reader, ClonePaths paths)
{
    public static readonly IReadOnlyList<string> Keys = ["name", "from", "target", "branch", "copy", "commit", "signoff", "pull-request"];

    public static readonly IReadOnlyList<string> TargetKeys = ["path", "remote", "repository", "base"];

    public static readonly IReadOnlyList<string> CopyKeys = ["from", "to"];

    public static readonly IReadOnlyList<string> PullRequestKeys = ["title", "body"];

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
                    target = Target(value, path);
                    break;
                case "branch":
                    branch = Template(value, path);
                    break;
                case "copy":
                    copies = Copies(value, path);
                    break;
                case "commit":
                    commit = Template(value, path);
                    break;
                case "signoff":
                    signoff = reader.Bool(value, path) ?? false;
                    break;
                default:
                    (title, body) = PullRequest(value, path);
                    break;
            }
        }

        foreach (var (key, what) in new[] { ("name", "a name"), ("from", "the repository it follows"), ("target", "the clone, remote and repository it goes to"), ("copy", "the files it copies") })
        {
            if (!mapping.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == key))
            {
                reader.Error(mapping, $"{label} has no '{key}'; add {what}");
            }
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

    private HandoffTarget? Target(YamlNode node, string label)
    {
        if (reader.Mapping(node, label) is not { } mapping)
        {
            return null;
        }

        (string Written, string Full)? clone = null;
        string? remote = "origin", repository = null, branch = "main";
        foreach (var (key, _, value) in reader.Entries(mapping, "in " + label, TargetKeys))
        {
            var path = $"{label}.{key}";
            switch (key)
            {
                case "path":
                    clone = paths.Clone(value, path);
                    break;
                case "remote":
                    remote = paths.Name(value, path, "the name of the fork's remote in the clone")?.Name;
                    break;
                case "repository":
                    repository = reader.String(value, path);
                    if (repository is not null && !OwnerAndName().IsMatch(repository))
                    {
                        reader.Error(value, $"{path} must be the repository the pull request goes to, as owner/name, found '{repository}'");
                        repository = null;
                    }

                    break;
                default:
                    branch = reader.String(value, path);
                    break;
            }
        }

        if (!mapping.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == "repository"))
        {
            reader.Error(mapping, $"{label} has no 'repository'; add the repository the pull request goes to (owner/name)");
        }

        if (!mapping.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == "path"))
        {
            reader.Error(mapping, $"{label} has no 'path'; add the local clone of the fork the files are committed in");
        }

        return clone is { } found && remote is not null && repository is not null && branch is not null
            ? new HandoffTarget { Path = found.Written, FullPath = found.Full, Remote = remote, Repository = repository, Base = branch }
            : null;
    }

    private List<HandoffCopy> Copies(YamlNode node, string label)
    {
        var copies = new List<HandoffCopy>();
        if (reader.Sequence(node, label) is not { } sequence)
        {
            return copies;
        }

        if (sequence.Children.Count == 0)
        {
            reader.Error(sequence, $"{label} is empty; list at least one 'from:'/'to:' pair");
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = $"{label}[{i}]";
            if (reader.Mapping(sequence.Children[i], item) is not { } mapping)
            {
                continue;
            }

            ValueTemplate? from = null, to = null;
            foreach (var (key, _, value) in reader.Entries(mapping, "in " + item, CopyKeys))
            {
                var where = key == "from" ? "the released repository" : "the target clone";
                var path = paths.Inside(value, $"{item}.{key}", where) is null ? null : Template(value, $"{item}.{key}");
                (from, to) = key == "from" ? (path, to) : (from, path);
            }

            if (from is null || to is null)
            {
                reader.Error(mapping, $"{item} needs both 'from' (a path in the released repository) and 'to' (a path in the target clone)");
            }
            else if (from.Source.EndsWith('/') && !to.Source.EndsWith('/'))
            {
                reader.Error(mapping, $"{item}: '{from.Source}' is a directory (it ends in '/'), so 'to' must be one too, found '{to.Source}'");
            }
            else
            {
                copies.Add(new HandoffCopy(from, to, item));
            }
        }

        return copies;
    }

    private (ValueTemplate? Title, ValueTemplate? Body) PullRequest(YamlNode node, string label)
    {
        ValueTemplate? title = null, body = null;
        if (reader.Mapping(node, label) is { } mapping)
        {
            foreach (var (key, _, value) in reader.Entries(mapping, "in " + label, PullRequestKeys))
            {
                (title, body) = key == "title" ? (Template(value, $"{label}.title"), body) : (title, Template(value, $"{label}.body"));
            }
        }

        return (title, body);
    }

    private ValueTemplate? Template(YamlNode node, string path)
    {
        if (reader.Scalar(node, path) is not { } scalar)
        {
            return null;
        }

        try
        {
            return ValueTemplate.Parse(scalar.Value!, HandoffSettings.TemplatePlaceholders);
        }
        catch (TemplateException e)
        {
            reader.ErrorInScalar(scalar, e.Offset, $"{path}: {e.Message}");
            return null;
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+\z")]
    private static partial Regex OwnerAndName();
}
