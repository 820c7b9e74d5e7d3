using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Configuration;

/// <summary>Reads <c>registries:</c>: which registries may be plain HTTP, the timeout per request, the retries.</summary>
internal sealed class RegistriesSectionReader(ConfigNodeReader reader)
{
    public static readonly IReadOnlyList<string> Keys = ["insecure", "timeout", "retries"];

    public RegistrySettings Read(YamlNode node)
    {
        var settings = RegistrySettings.Default;
        if (reader.Mapping(node, "registries") is not { } mapping)
        {
            return settings;
        }

        foreach (var (key, _, value) in reader.Entries(mapping, "in registries", Keys))
        {
            var path = "registries." + key;
            switch (key)
            {
                case "insecure":
                    settings = settings with { Insecure = Hosts(value, path) };
                    break;
                case "timeout" when reader.String(value, path) is { } text:
                    settings = DurationText.TryParse(text, out var timeout) ? settings with { Timeout = timeout }
                        : Fail(value, $"{path} must be a duration such as {DurationText.Examples}, at most {DurationText.MaximumText}, found '{text}'", settings);
                    break;
                case "retries" when reader.Scalar(value, path, "a whole number") is { } scalar:
                    settings = scalar.Value == "0" ? settings with { Retries = 0 }
                        : reader.PositiveInt(scalar, path, " (or 0)") is { } retries ? settings with { Retries = retries } : settings;
                    break;
            }
        }

        return settings;
    }

    private List<string> Hosts(YamlNode node, string path) =>
        reader.NonEmptyList(node, path, "registry", host => Host(host) ? host : null, "a registry host or host:port");

    private static bool Host(string text) => ImageReference.TryParse(text + "/x", out var parsed, out _) && parsed.Registry == text;

    private T Fail<T>(YamlNode node, string message, T unchanged)
    {
        reader.Error(node, message);
        return unchanged;
    }
}
