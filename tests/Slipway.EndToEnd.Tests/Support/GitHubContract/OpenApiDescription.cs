using System.Text.Json;
using System.Text.RegularExpressions;

namespace Slipway.EndToEnd.Tests.Support.GitHubContract;

/// <summary>
/// GitHub's own OpenAPI description of api.github.com, from the npm package @octokit/openapi that
/// build/test.sh installs (pinned in tests/github-openapi/) into tests/.cache/github-openapi/. The
/// file read is <c>generated/api.github.com.json</c>: the description with its <c>$ref</c>s kept
/// (13 MB, parsed once per test run in about 0.1 s) rather than the dereferenced one (73 MB), since
/// following a local reference is one lookup.
/// </summary>
public sealed class OpenApiDescription
{
    public const string Package = "@octokit/openapi";
    public const string Folder = "tests/.cache/github-openapi";
    public const string File = "node_modules/@octokit/openapi/generated/api.github.com.json";

    private static readonly Lazy<OpenApiDescription> Loaded = new(() => Load(Path.Combine(RepositoryRoot.Path, Folder, File)));
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
    private readonly JsonDocument _document;
    private readonly List<PathTemplate> _paths = [];

    private OpenApiDescription(JsonDocument document)
    {
        _document = document;
        Version = Root.GetProperty("info").GetProperty("version").GetString()!;
        foreach (var path in Root.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)))
            {
                _paths.Add(PathTemplate.For(path.Name, path.Value, method.Name.ToUpperInvariant(), method.Value, this));
            }
        }
    }

    /// <summary>The description of api.github.com that the tests check against.</summary>
    public static OpenApiDescription GitHub => Loaded.Value;

    /// <summary>The package's version (info.version), named in every violation.</summary>
    public string Version { get; }

    public JsonElement Root => _document.RootElement;

    /// <summary>The operation for a method and a path as sent (still percent-encoded), or null when GitHub has none.</summary>
    public OpenApiOperation? Find(string method, string path)
    {
        var matches = _paths.Where(p => p.Method == method).Select(p => (Template: p, Match: p.Pattern.Match(path))).Where(m => m.Match.Success)
            .OrderByDescending(m => m.Template.Literals).ToList();
        if (matches.Count == 0)
        {
            return null;
        }

        var (template, match) = matches[0];
        var values = template.Names.ToDictionary(n => n, n => Uri.UnescapeDataString(match.Groups[PathTemplate.Group(n)].Value), StringComparer.Ordinal);
        return new OpenApiOperation(this, method, template.Text, template.Item, template.Operation, values);
    }

    /// <summary>Whether any method of GitHub's API has this path (a wrong method is a different mistake from a wrong path).</summary>
    public bool HasPath(string path) => _paths.Any(p => p.Pattern.IsMatch(path));

    /// <summary><paramref name="element"/> with every <c>$ref</c> (a local JSON pointer) followed.</summary>
    public JsonElement Resolve(JsonElement element)
    {
        for (var hops = 0; element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var reference); hops++)
        {
            if (hops > 32)
            {
                throw new InvalidOperationException($"a $ref cycle at {reference.GetString()}");
            }

            element = Root;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                element = element.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
            }
        }

        return element;
    }

    private static OpenApiDescription Load(string file)
    {
        if (!System.IO.File.Exists(file))
        {
            throw new InvalidOperationException(
                $"GitHub's OpenAPI description is not installed ({file}); the fake GitHub checks every request against it. "
                + $"Run ./build/test.sh once, which installs the npm package {Package} (pinned in tests/github-openapi/) into {Folder}/");
        }

        using var stream = System.IO.File.OpenRead(file);
        return new OpenApiDescription(JsonDocument.Parse(stream));
    }

    /// <summary>One operation's path as a pattern: <c>{name}</c> is one segment, or several for a parameter GitHub marks x-multi-segment (a tag with '/').</summary>
    private sealed record PathTemplate(string Text, string Method, Regex Pattern, IReadOnlyList<string> Names, int Literals, JsonElement Item, JsonElement Operation)
    {
        public static PathTemplate For(string text, JsonElement item, string method, JsonElement operation, OpenApiDescription description)
        {
            var multi = new OpenApiOperation(description, method, text, item, operation, new Dictionary<string, string>()).Parameters
                .Where(p => p.TryGetProperty("x-multi-segment", out var flag) && flag.ValueKind == JsonValueKind.True)
                .Select(p => p.GetProperty("name").GetString()!).ToHashSet(StringComparer.Ordinal);
            var names = new List<string>();
            var literals = 0;
            var pattern = string.Join('/', text.Split('/').Select(segment =>
            {
                if (segment.StartsWith('{') && segment.EndsWith('}'))
                {
                    var name = segment[1..^1];
                    names.Add(name);
                    return $"(?<{Group(name)}>{(multi.Contains(name) ? ".+" : "[^/]+")})";
                }

                literals++;
                return Regex.Escape(segment);
            }));
            return new PathTemplate(text, method, new Regex($"^{pattern}$", RegexOptions.CultureInvariant), names, literals, item, operation);
        }

        // Regex group names allow letters, digits and '_' only; GitHub's parameter names stay within that.
        public static string Group(string name) => Regex.Replace(name, "[^A-Za-z0-9_]", "_");
    }
}
