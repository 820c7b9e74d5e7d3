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
        var parts = path.Split('/');
        var found = _paths.Where(p => p.Method == method).Select(p => (Template: p, Values: p.Match(path, parts))).Where(m => m.Values is not null)
            .OrderByDescending(m => m.Template.Literals).FirstOrDefault();
        return found.Values is { } values ? new OpenApiOperation(this, method, found.Template.Text, found.Template.Item, found.Template.Operation, values) : null;
    }

    /// <summary>Whether any method of GitHub's API has this path (a wrong method is a different mistake from a wrong path).</summary>
    public bool HasPath(string path) => _paths.Any(p => p.Match(path, path.Split('/')) is not null);

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

    /// <summary>
    /// One operation's path: literal segments and <c>{name}</c>s, each one segment, or several for a
    /// parameter GitHub marks x-multi-segment (a tag with '/'). Matched segment by segment, and by a
    /// pattern only where a parameter spans segments: 1,500 patterns tried on every request would cost
    /// more than the rest of the check.
    /// </summary>
    private sealed record PathTemplate(string Text, string Method, string[] Segments, Regex? Spanning, int Literals, JsonElement Item, JsonElement Operation)
    {
        public static PathTemplate For(string text, JsonElement item, string method, JsonElement operation, OpenApiDescription description)
        {
            var multi = new OpenApiOperation(description, method, text, item, operation, new Dictionary<string, string>()).Parameters
                .Where(p => p.TryGetProperty("x-multi-segment", out var flag) && flag.ValueKind == JsonValueKind.True)
                .Select(p => "{" + p.GetProperty("name").GetString()! + "}").ToHashSet(StringComparer.Ordinal);
            var segments = text.Split('/');
            var spanning = segments.Any(multi.Contains)
                ? new Regex("^" + string.Join('/', segments.Select(s => IsName(s) ? $"(?<{Group(s)}>{(multi.Contains(s) ? ".+" : "[^/]+")})" : Regex.Escape(s))) + "$", RegexOptions.CultureInvariant)
                : null;
            return new PathTemplate(text, method, segments, spanning, segments.Count(s => !IsName(s)), item, operation);
        }

        /// <summary>The path's parameter values (decoded), or null when the path is not this one.</summary>
        public Dictionary<string, string>? Match(string path, string[] parts)
        {
            if (Spanning is not null)
            {
                var match = Spanning.Match(path);
                return match.Success ? Segments.Where(IsName).ToDictionary(s => s[1..^1], s => Uri.UnescapeDataString(match.Groups[Group(s)].Value), StringComparer.Ordinal) : null;
            }

            if (parts.Length != Segments.Length)
            {
                return null;
            }

            for (var i = 0; i < parts.Length; i++)
            {
                if (IsName(Segments[i]) ? parts[i].Length == 0 : !string.Equals(Segments[i], parts[i], StringComparison.Ordinal))
                {
                    return null;
                }
            }

            return Enumerable.Range(0, parts.Length).Where(i => IsName(Segments[i])).ToDictionary(i => Segments[i][1..^1], i => Uri.UnescapeDataString(parts[i]), StringComparer.Ordinal);
        }

        private static bool IsName(string segment) => segment.StartsWith('{') && segment.EndsWith('}');

        // Regex group names allow letters, digits and '_' only.
        private static string Group(string segment) => Regex.Replace(segment[1..^1], "[^A-Za-z0-9_]", "_");
    }
}
