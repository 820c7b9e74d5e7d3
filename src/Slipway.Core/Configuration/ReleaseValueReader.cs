using Slipway.Core.Templates;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Configuration;

/// <summary>The release keys' values: templates over the release placeholders, and durations.</summary>
internal sealed class ReleaseValueReader(ConfigNodeReader reader)
{
    public ValueTemplate? Template(YamlNode node, string path, bool command = false, IReadOnlySet<string>? allowed = null)
    {
        if (reader.Scalar(node, path) is not { } scalar)
        {
            return null;
        }

        allowed ??= Placeholders.Release;
        try
        {
            return command ? ValueTemplate.ParseCommand(scalar.Value!, allowed) : ValueTemplate.Parse(scalar.Value!, allowed);
        }
        catch (TemplateException e)
        {
            reader.ErrorInScalar(scalar, e.Offset, $"{path}: {e.Message}");
            return null;
        }
    }

    /// <summary>A template whose result for sample releases passes <paramref name="rule"/> (a branch name, a path).</summary>
    public ValueTemplate? Template(YamlNode node, string path, Func<string, string?> rule, string expected) =>
        Template(node, path) is { } template && SampleReleases.Check(reader, node, path, template, rule, expected) ? template : null;

    public TimeSpan? Duration(YamlNode node, string path, bool allowZero = false)
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

        reader.Error(node, $"{path} must be a duration such as {DurationText.Examples}{(allowZero ? " (or 0s)" : string.Empty)}, at most {DurationText.MaximumText}, found '{text}'");
        return null;
    }
}
