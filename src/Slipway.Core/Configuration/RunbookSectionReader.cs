using Slipway.Core.Templates;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Configuration;

/// <summary>
/// Reads what a release runs and who does what: <c>after-bump</c> and <c>checks</c> commands, the
/// manual <c>steps</c> and their places, and the <c>profiles</c> that skip steps.
/// </summary>
internal sealed class RunbookSectionReader(ConfigNodeReader reader, ReleaseValueReader values)
{
    private readonly List<(string Profile, string Step, YamlNode Node)> _skips = [];

    public static readonly IReadOnlyList<string> CommandKeys = ["run", "expect", "timeout"];

    public static readonly IReadOnlyList<string> StepKeys = ["name", "text", "after"];

    public List<CommandSetting> Commands(YamlNode node, string section)
    {
        var commands = new List<CommandSetting>();
        if (reader.Sequence(node, section) is not { } sequence)
        {
            return commands;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var label = $"{section}[{i}]";
            var child = sequence.Children[i];
            if (child is YamlScalarNode)
            {
                // The short form: just the command line.
                if (values.Template(child, label, command: true) is { } line)
                {
                    commands.Add(new CommandSetting(line, null, TimeSpan.FromMinutes(10), label));
                }

                continue;
            }

            if (reader.Mapping(child, label) is not { } mapping)
            {
                continue;
            }

            ValueTemplate? run = null, expect = null;
            var hasRun = false;
            var timeout = TimeSpan.FromMinutes(10);
            foreach (var (key, _, value) in reader.Entries(mapping, "in " + label, CommandKeys))
            {
                switch (key)
                {
                    case "run":
                        hasRun = true;
                        run = values.Template(value, $"{label}.run", command: true);
                        break;
                    case "expect":
                        expect = values.Template(value, $"{label}.expect", command: true);
                        break;
                    case "timeout":
                        timeout = values.Duration(value, $"{label}.timeout") ?? timeout;
                        break;
                }
            }

            if (run is null)
            {
                if (!hasRun)
                {
                    reader.Error(mapping, $"{label} needs 'run', the command line");
                }

                continue;
            }

            commands.Add(new CommandSetting(run, expect, timeout, label));
        }

        return commands;
    }

    public List<ManualStep> Steps(YamlNode node)
    {
        var steps = new List<ManualStep>();
        if (reader.Sequence(node, "steps") is not { } sequence)
        {
            return steps;
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var label = $"steps[{i}]";
            if (reader.Mapping(sequence.Children[i], label) is not { } mapping)
            {
                continue;
            }

            string? name = null, after = StepNames.PushTag;
            ValueTemplate? text = null;
            foreach (var (key, _, value) in reader.Entries(mapping, "in " + label, StepKeys))
            {
                switch (key)
                {
                    case "name":
                        name = reader.String(value, $"{label}.name");
                        if (name is not null && (StepNames.All.Contains(name) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
                        {
                            reader.Error(value, $"{label}.name must be a new name of letters, digits and '-' (not one of the built-in steps), found '{name}'");
                            name = null;
                        }
                        else if (name is not null && names.TryGetValue(name, out var first))
                        {
                            // 'slipway done NAME' marks one step: two steps of one name could not be told apart.
                            reader.Error(value, $"{label}.name '{name}' is already the name of {first}; each step needs its own name");
                            name = null;
                        }
                        else if (name is not null)
                        {
                            names[name] = label;
                        }

                        break;
                    case "text":
                        text = values.Template(value, $"{label}.text");
                        break;
                    case "after":
                        after = reader.String(value, $"{label}.after");
                        if (after is not null && !StepNames.All.Contains(after) && !steps.Any(s => s.Name == after))
                        {
                            var allowed = StepNames.All.Concat(steps.Select(s => s.Name)).ToList();
                            reader.Error(value, $"{label}.after must name a step before it ({string.Join(", ", allowed)}), found '{after}'");
                            after = null;
                        }

                        break;
                }
            }

            if (name is not null && text is not null && after is not null)
            {
                steps.Add(new ManualStep(name, text, after));
            }
            else if (!mapping.Children.ContainsKey("name") || !mapping.Children.ContainsKey("text"))
            {
                reader.Error(mapping, $"{label} needs 'name' (what 'slipway done NAME' marks) and 'text' (what the person does)");
            }
        }

        return steps;
    }

    public Dictionary<string, IReadOnlyList<string>> Profiles(YamlNode node)
    {
        var profiles = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (reader.Mapping(node, "profiles") is not { } mapping)
        {
            return profiles;
        }

        foreach (var (name, _, value) in reader.Entries(mapping, "in profiles", ["rc", "patch"]))
        {
            if (reader.Mapping(value, $"profiles.{name}") is not { } profile)
            {
                continue;
            }

            var skip = new List<string>();
            foreach (var (_, _, list) in reader.Entries(profile, $"in profiles.{name}", ["skip"]))
            {
                if (reader.Sequence(list, $"profiles.{name}.skip") is not { } sequence)
                {
                    continue;
                }

                foreach (var item in sequence.Children)
                {
                    if (reader.String(item, $"profiles.{name}.skip") is { } step)
                    {
                        skip.Add(step);
                        _skips.Add((name, step, item)); // checked once the manual steps are known too (see Check)
                    }
                }
            }

            profiles[name] = skip;
        }

        return profiles;
    }

    /// <summary>
    /// A profile may leave out any step, built-in or manual (the RC process of bpfman leaves out its
    /// release-yamls checkpoint): each name must be a step, which only the whole section can tell.
    /// </summary>
    public void Check(ReleaseSettings settings)
    {
        var known = StepNames.All.Concat(settings.Steps.Select(s => s.Name)).ToList();
        foreach (var (profile, step, node) in _skips.Where(s => !known.Contains(s.Step)))
        {
            reader.Error(node, $"profiles.{profile}.skip: '{step}' is not a step; steps: {string.Join(", ", known)}");
        }
    }
}
