using System.Text.RegularExpressions;
using Slipway.Core.Configuration;
using Slipway.Core.Templates;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Workspace;

/// <summary>The parts of a hand-off: where it goes, what it copies, its pull request, and its templates.</summary>
internal sealed partial class HandoffPartsReader(ConfigNodeReader reader, WorkspaceValueReader paths)
{
    public static readonly IReadOnlyList<string> TargetKeys = ["path", "remote", "repository", "base"];

    public static readonly IReadOnlyList<string> CopyKeys = ["from", "to"];

    public static readonly IReadOnlyList<string> PullRequestKeys = ["title", "body"];

    public HandoffTarget? Target(YamlNode node, string label)
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

        paths.Required(mapping, label, "repository", "the repository the pull request goes to (owner/name)");
        paths.Required(mapping, label, "path", "the local clone of the fork the files are committed in");

        return clone is { } found && remote is not null && repository is not null && branch is not null
            ? new HandoffTarget { Path = found.Written, FullPath = found.Full, Remote = remote, Repository = repository, Base = branch }
            : null;
    }

    public List<HandoffCopy> Copies(YamlNode node, string label)
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

    public (ValueTemplate? Title, ValueTemplate? Body) PullRequest(YamlNode node, string label)
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

    public ValueTemplate? Template(YamlNode node, string path)
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
