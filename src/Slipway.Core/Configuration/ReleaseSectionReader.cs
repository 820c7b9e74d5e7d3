using Slipway.Core.Release;
using Slipway.Core.Templates;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Configuration;

/// <summary>Reads the keys that describe the release run: branches, messages, pins, copies, commands, manual steps, profiles.</summary>
internal sealed class ReleaseSectionReader(ConfigNodeReader reader)
{
    public static readonly IReadOnlyList<string> Keys =
        ["branch", "base", "remote", "signoff", "commit", "pins", "copies", "after-bump", "checks", "steps", "profiles", "patch-branch", "post-release", "pull-request", "artifacts-wait"];

    public static readonly IReadOnlyList<string> PullRequestKeys = ["title", "body", "wait"];

    public static readonly IReadOnlyList<string> PinKeys = ["release", "after"];

    public static readonly IReadOnlyList<string> CommandKeys = ["run", "expect", "timeout"];

    public static readonly IReadOnlyList<string> StepKeys = ["name", "text", "after"];

    public ReleaseSettings Read(ReleaseSettings settings, string key, YamlNode value) => key switch
    {
        "branch" => Template(value, key) is { } t ? settings with { Branch = t.Source } : settings,
        "base" => reader.String(value, key) is { } b ? settings with { Base = b } : settings,
        "remote" => reader.String(value, key) is { } r ? settings with { Remote = r } : settings,
        "signoff" => settings with { Signoff = reader.Bool(value, key) ?? settings.Signoff },
        "commit" => Commit(settings, value),
        "pull-request" => PullRequest(settings, value),
        "artifacts-wait" => Duration(value, key, allowZero: true) is { } wait ? settings with { ArtifactsWait = wait } : settings,
        "pins" => settings with { Pins = Pins(value) },
        "copies" => settings with { Copies = Copies(value) },
        "after-bump" => settings with { AfterBump = Commands(value, key) },
        "checks" => settings with { Checks = Commands(value, key) },
        "steps" => settings with { Steps = Steps(value) },
        "profiles" => settings with { Profiles = Profiles(value) },
        "patch-branch" => Template(value, key) is { } p ? settings with { PatchBranch = p.Source } : settings,
        "post-release" => reader.String(value, key) switch
        {
            "branch" => settings with { PostRelease = PostReleaseMode.Branch },
            "push" => settings with { PostRelease = PostReleaseMode.Push },
            null => settings,
            var other => Fail(value, $"post-release must be 'branch' (a follow-up branch and a checkpoint) or 'push' (straight to the base branch), found '{other}'", settings),
        },
        _ => settings,
    };

    /// <summary>The mapping form of <c>tag:</c> — name, message, sign.</summary>
    public (YamlScalarNode? Name, ReleaseSettings Settings) TagMapping(YamlMappingNode mapping, ReleaseSettings settings)
    {
        YamlScalarNode? name = null;
        foreach (var (key, _, value) in reader.Entries(mapping, "in tag", ["name", "message", "sign"]))
        {
            switch (key)
            {
                case "name":
                    name = reader.Scalar(value, "tag.name");
                    break;
                case "message":
                    settings = Template(value, "tag.message") is { } m ? settings with { TagMessage = m.Source } : settings;
                    break;
                case "sign":
                    settings = settings with { SignTag = reader.Bool(value, "tag.sign") ?? false };
                    break;
            }
        }

        return (name, settings);
    }

    private ReleaseSettings Commit(ReleaseSettings settings, YamlNode node)
    {
        if (reader.Mapping(node, "commit") is not { } mapping)
        {
            return settings;
        }

        foreach (var (_, _, value) in reader.Entries(mapping, "in commit", ["message"]))
        {
            settings = Template(value, "commit.message") is { } t ? settings with { CommitMessage = t.Source } : settings;
        }

        return settings;
    }

    private ReleaseSettings PullRequest(ReleaseSettings settings, YamlNode node)
    {
        if (reader.Mapping(node, "pull-request") is not { } mapping)
        {
            return settings;
        }

        foreach (var (key, _, value) in reader.Entries(mapping, "in pull-request", PullRequestKeys))
        {
            settings = key switch
            {
                "title" => Template(value, "pull-request.title") is { } t ? settings with { PullRequestTitle = t.Source } : settings,
                "body" => Template(value, "pull-request.body") is { } b ? settings with { PullRequestBody = b.Source } : settings,
                _ => Duration(value, "pull-request.wait", allowZero: true) is { } wait ? settings with { PullRequestWait = wait } : settings,
            };
        }

        return settings;
    }

    private List<PinSetting> Pins(YamlNode node)
    {
        var pins = new List<PinSetting>();
        if (reader.Sequence(node, "pins") is not { } sequence)
        {
            return pins;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var label = $"pins[{i}]";
            if (reader.Mapping(sequence.Children[i], label) is not { } mapping)
            {
                continue;
            }

            // A pin is a version reference whose value is set twice: 'release' for the release, 'after' afterwards.
            var reference = new YamlMappingNode();
            ValueTemplate? release = null, after = null;
            foreach (var (key, child) in mapping.Children)
            {
                var name = (key as YamlScalarNode)?.Value;
                if (name == "release")
                {
                    release = Template(child, $"{label}.release");
                }
                else if (name == "after")
                {
                    after = Template(child, $"{label}.after");
                }
                else if (name == "value")
                {
                    reader.Error(key, $"{label} sets its values with 'release' and 'after', not 'value'");
                }
                else
                {
                    reference.Add(key, child);
                }
            }

            if (release is null || after is null)
            {
                reader.Error(mapping, $"{label} needs 'release' (the value during the release, e.g. v{{version}}) and 'after' (the value restored after it, e.g. latest)");
            }

            if (new VersionsSectionReader(reader).ReadEntry(reference, label, mapping) is { } parsed && release is not null && after is not null)
            {
                pins.Add(new PinSetting(parsed, release, after));
            }
        }

        return pins;
    }

    private List<CopySetting> Copies(YamlNode node)
    {
        var copies = new List<CopySetting>();
        if (reader.Sequence(node, "copies") is not { } sequence)
        {
            return copies;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var label = $"copies[{i}]";
            if (reader.Mapping(sequence.Children[i], label) is not { } mapping)
            {
                continue;
            }

            ValueTemplate? from = null, to = null;
            foreach (var (key, _, value) in reader.Entries(mapping, "in " + label, ["from", "to"]))
            {
                if (key == "from")
                {
                    from = Template(value, $"{label}.from");
                }
                else
                {
                    to = Template(value, $"{label}.to");
                }
            }

            if (from is null || to is null)
            {
                reader.Error(mapping, $"{label} needs 'from' and 'to', e.g. from: examples/config/v{{previous}} and to: examples/config/v{{version}}");
                continue;
            }

            copies.Add(new CopySetting(from, to, label));
        }

        return copies;
    }

    private List<CommandSetting> Commands(YamlNode node, string section)
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
                if (Template(child, label, command: true) is { } line)
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
                        run = Template(value, $"{label}.run", command: true);
                        break;
                    case "expect":
                        expect = Template(value, $"{label}.expect", command: true);
                        break;
                    case "timeout":
                        timeout = Duration(value, $"{label}.timeout") ?? timeout;
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

    private List<ManualStep> Steps(YamlNode node)
    {
        var steps = new List<ManualStep>();
        if (reader.Sequence(node, "steps") is not { } sequence)
        {
            return steps;
        }

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

                        break;
                    case "text":
                        text = Template(value, $"{label}.text");
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
            else if (name is null || text is null)
            {
                reader.Error(mapping, $"{label} needs 'name' (what 'slipway done NAME' marks) and 'text' (what the person does)");
            }
        }

        return steps;
    }

    private Dictionary<string, IReadOnlyList<string>> Profiles(YamlNode node)
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
                        if (StepNames.Skippable.Contains(step))
                        {
                            skip.Add(step);
                        }
                        else
                        {
                            reader.Error(item, $"profiles.{name}.skip: '{step}' cannot be skipped; skippable steps: {string.Join(", ", StepNames.Skippable)}");
                        }
                    }
                }
            }

            profiles[name] = skip;
        }

        return profiles;
    }

    private ValueTemplate? Template(YamlNode node, string path, bool command = false)
    {
        if (reader.Scalar(node, path) is not { } scalar)
        {
            return null;
        }

        try
        {
            return command ? ValueTemplate.ParseCommand(scalar.Value!, Placeholders.Release) : ValueTemplate.Parse(scalar.Value!, Placeholders.Release);
        }
        catch (TemplateException e)
        {
            reader.ErrorInScalar(scalar, e.Offset, $"{path}: {e.Message}");
            return null;
        }
    }

    private TimeSpan? Duration(YamlNode node, string path, bool allowZero = false)
    {
        var text = reader.String(node, path);
        if (text is null)
        {
            return null;
        }

        if (DurationText.TryParse(text, out var duration, allowZero))
        {
            return duration;
        }

        reader.Error(node, $"{path} must be a duration such as {DurationText.Examples}{(allowZero ? " (or 0s)" : string.Empty)}, found '{text}'");
        return null;
    }

    private T Fail<T>(YamlNode node, string message, T unchanged)
    {
        reader.Error(node, message);
        return unchanged;
    }
}
