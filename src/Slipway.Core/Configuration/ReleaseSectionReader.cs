using Slipway.Core.Git;
using Slipway.Core.Templates;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Configuration;

/// <summary>Reads the keys that describe the release run: branches, messages, pins, copies, commands, manual steps, profiles.</summary>
internal sealed class ReleaseSectionReader(ConfigNodeReader reader)
{
    private readonly ReleaseValueReader _values = new(reader);
    private readonly RunbookSectionReader _runbook = new(reader, new ReleaseValueReader(reader));
    private readonly FollowUpSectionReader _followUps = new(reader, new ReleaseValueReader(reader));
    public static readonly IReadOnlyList<string> Keys =
        ["branch", "base", "remote", "signoff", "commit", "pins", "copies", "after-bump", "checks", "steps", "profiles", "patch-branch", "post-release", "pull-request", "artifacts-wait", "development"];

    public static readonly IReadOnlyList<string> PullRequestKeys = ["title", "body", "wait"];

    public static readonly IReadOnlyList<string> PinKeys = ["release", "after"];

    public ReleaseSettings Read(ReleaseSettings settings, string key, YamlNode value) => key switch
    {
        "branch" => _values.Template(value, key, RefName.BranchProblem, Expected.Branch) is { } t ? settings with { Branch = t.Source } : settings,
        "base" => reader.Checked(value, key, RefName.BranchProblem, Expected.Branch) is { } b ? settings with { Base = b } : settings,
        "remote" => reader.Checked(value, key, RefName.RemoteProblem, Expected.Remote) is { } r ? settings with { Remote = r } : settings,
        "signoff" => settings with { Signoff = reader.Bool(value, key) ?? settings.Signoff },
        "commit" => Commit(settings, value),
        "pull-request" => PullRequest(settings, value),
        "artifacts-wait" => _values.Duration(value, key, allowZero: true) is { } wait ? settings with { ArtifactsWait = wait } : settings,
        "development" => settings with { Development = _followUps.Development(value) },
        "pins" => settings with { Pins = Pins(value) },
        "copies" => settings with { Copies = Copies(value) },
        "after-bump" => settings with { AfterBump = _runbook.Commands(value, key) },
        "checks" => settings with { Checks = _runbook.Commands(value, key) },
        "steps" => settings with { Steps = _runbook.Steps(value) },
        "profiles" => settings with { Profiles = _runbook.Profiles(value) },
        "patch-branch" => _values.Template(value, key, RefName.BranchProblem, Expected.Branch) is { } p ? settings with { PatchBranch = p.Source } : settings,
        "post-release" => _followUps.Mode(value, key) is { } mode ? settings with { PostRelease = mode } : settings,
        _ => settings,
    };

    /// <summary>What only the whole section can check: every step a profile skips is a step.</summary>
    public ReleaseSettings Finish(ReleaseSettings settings)
    {
        _runbook.Check(settings);
        return settings;
    }

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
                    settings = _values.Template(value, "tag.message") is { } m ? settings with { TagMessage = m.Source } : settings;
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
            settings = _values.Template(value, "commit.message") is { } t ? settings with { CommitMessage = t.Source } : settings;
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
                "title" => _values.Template(value, "pull-request.title") is { } t ? settings with { PullRequestTitle = t.Source } : settings,
                "body" => _values.Template(value, "pull-request.body") is { } b ? settings with { PullRequestBody = b.Source } : settings,
                _ => _values.Duration(value, "pull-request.wait", allowZero: true) is { } wait ? settings with { PullRequestWait = wait } : settings,
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
                    release = _values.Template(child, $"{label}.release");
                }
                else if (name == "after")
                {
                    after = _values.Template(child, $"{label}.after");
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
                    from = _values.Template(value, $"{label}.from", ConfiguredPath.Problem, Expected.Path);
                }
                else
                {
                    to = _values.Template(value, $"{label}.to", ConfiguredPath.Problem, Expected.Path);
                }
            }

            if (from is null || to is null)
            {
                if (!HasKeys(mapping, "from", "to"))
                {
                    reader.Error(mapping, $"{label} needs 'from' and 'to', e.g. from: examples/config/v{{previous}} and to: examples/config/v{{version}}");
                }

                continue;
            }

            copies.Add(new CopySetting(from, to, label));
        }

        return copies;
    }

    private static bool HasKeys(YamlMappingNode mapping, params string[] keys) =>
        keys.All(key => mapping.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == key));
}
