using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Configuration;

/// <summary>Checks of values that name things outside slipway.yaml: paths, git names, globs.</summary>
internal sealed partial class ConfigNodeReader
{
    /// <summary>Whether <paramref name="value"/> is a path that stays inside the repository (<see cref="ConfiguredPath"/>); records why not.</summary>
    public bool InsideRepository(YamlNode node, string keyPath, string value)
    {
        if (ConfiguredPath.Problem(value) is not { } problem)
        {
            return true;
        }

        Error(node, $"{keyPath} must be {Expected.Path}, found '{value}': {problem}");
        return false;
    }

    /// <summary>The string at <paramref name="node"/> when <paramref name="rule"/> finds no problem in it; records the problem otherwise.</summary>
    public string? Checked(YamlNode node, string keyPath, Func<string, string?> rule, string expected)
    {
        if (String(node, keyPath) is not { } value)
        {
            return null;
        }

        if (rule(value) is { } problem)
        {
            Error(node, $"{keyPath} must be {expected}, found '{value}': {problem}");
            return null;
        }

        return value;
    }

    /// <summary>Whether <paramref name="pattern"/> is a glob; records where it is not.</summary>
    public bool Glob(YamlNode node, string keyPath, string pattern)
    {
        try
        {
            _ = new Files.Glob(pattern);
            return true;
        }
        catch (Files.GlobException e)
        {
            var message = $"{keyPath} is not a glob: {e.Message}";
            if (node is YamlScalarNode scalar)
            {
                ErrorInScalar(scalar, e.Offset, message);
            }
            else
            {
                Error(node, message);
            }

            return false;
        }
    }

    /// <summary>A list of globs, each a path that stays inside the repository (<see cref="ConfiguredPath"/>) and a valid glob; an empty list is refused.</summary>
    public List<string> Globs(YamlNode node, string path)
    {
        var globs = new List<string>();
        if (Sequence(node, path) is not { } sequence)
        {
            return globs;
        }

        if (sequence.Children.Count == 0)
        {
            Error(sequence, $"{path} must list at least one glob, or be left out");
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = $"{path}[{i}]";
            var child = sequence.Children[i];
            if (String(child, item) is { } text && InsideRepository(child, item, text) && Glob(child, item, ConfiguredPath.Normalize(text)))
            {
                globs.Add(ConfiguredPath.Normalize(text));
            }
        }

        return globs;
    }
}
