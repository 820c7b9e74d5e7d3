using Slipway.Core.Configuration;
using Slipway.Core.Editing;

namespace Slipway.Core.Init;

/// <summary>
/// The repository's files as <c>init</c> reads them: each decoded once, never through a symbolic
/// link (a tracked link may point anywhere on the machine), never when binary or larger than a
/// version file could sensibly be (as <c>audit</c> decides); and the one way detectors try a
/// locator on a file.
/// </summary>
internal sealed class InitFiles(string root, IReadOnlyList<string> files)
{
    /// <summary>Usual version files sit near the root; deeper ones are examples, fixtures and vendored code.</summary>
    private const int MaxDepth = 3;

    private const long MaxFileSize = 8L * 1024 * 1024;

    private const int BinaryProbeLength = 8000;

    private readonly Dictionary<string, TextDocument?> _documents = new(StringComparer.Ordinal);

    private readonly Files.WorkTree _tree = Files.WorkTree.Containing(root);

    public string Root => root;

    public IReadOnlyList<string> All => files;

    public IEnumerable<string> Shallow => files.Where(f => f.Count(c => c == '/') < MaxDepth);

    public List<DetectedReference> Found { get; } = [];

    public static bool Named(string path, string name) =>
        path == name || path.EndsWith("/" + name, StringComparison.Ordinal);

    public string? Text(string path) => Document(path)?.Text;

    public TextDocument? Document(string path)
    {
        if (_documents.TryGetValue(path, out var cached))
        {
            return cached;
        }

        TextDocument? document = null;
        try
        {
            // Through the work tree's guard, never through a symbolic link: a tracked link may point
            // anywhere on the machine, and what it holds is not the project's.
            var info = new FileInfo(Path.Combine(root, path));
            if (info.Exists && !info.Attributes.HasFlag(FileAttributes.ReparsePoint) && info.Length <= MaxFileSize
                && _tree.Check(root, path) is { Kind: null })
            {
                var bytes = File.ReadAllBytes(info.FullName);
                // Binary, as git decides: a NUL byte in the first 8000 bytes.
                document = bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbeLength)).Contains((byte)0) ? null : TextDocument.Decode(bytes);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            // Unreadable or not text: not a version file.
        }

        return _documents[path] = document;
    }

    /// <summary>
    /// Adds a regex reference for each line of <paramref name="file"/> that <paramref name="line"/> matches,
    /// built from the line's own text around its <c>token</c> group, when that pattern finds the line alone.
    /// </summary>
    public void TryLines(string file, System.Text.RegularExpressions.Regex line, string why, bool listedWhenOther = true, bool settlesVersion = true)
    {
        if (Text(file) is not { } text)
        {
            return;
        }

        foreach (System.Text.RegularExpressions.Match match in line.Matches(text))
        {
            var token = match.Groups["token"];
            if (LineRegex.For(text, token.Index, token.Length) is ({ } pattern, 1))
            {
                Try(file, "regex", pattern, why, listedWhenOther, settlesVersion);
            }
        }
    }

    /// <summary>
    /// Adds the reference when the locator finds exactly one non-empty value in the file (or
    /// <paramref name="count"/> places that all hold the same value).
    /// </summary>
    public bool Try(string file, string kind, string argument, string why, bool listedWhenOther = true, bool settlesVersion = true, int count = 1)
    {
        if (Text(file) is not { } text || Found.Any(f => f.File == file && f.Kind == kind && f.Argument == argument))
        {
            return false;
        }

        try
        {
            var values = LocatorFactory.Create(kind, argument).Locate(text);
            if (values.Count != count || values[0].Value.Length == 0 || values.Any(v => v.Value != values[0].Value))
            {
                return false;
            }

            var lines = new LineMap(text);
            Found.Add(new DetectedReference(file, kind, argument, null, values[0].Value, why, lines.ToLineColumn(values[0].Span.Start).Line)
            {
                ListedWhenOther = listedWhenOther,
                SettlesVersion = settlesVersion,
                Count = count,
                Lines = values.Select(v => lines.ToLineColumn(v.Span.Start).Line).ToList(),
            });
            return true;
        }
        catch (LocateException)
        {
            // A file that does not parse is simply not a candidate; show will report it if it is configured.
            return false;
        }
    }

    public static int LineOf(string text, int offset) => new LineMap(text).ToLineColumn(offset).Line;
}
