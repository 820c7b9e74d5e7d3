using Slipway.Core.Diagnostics;

namespace Slipway.Core.Workspace.Go;

/// <summary>
/// Updates a module's entry in vendor/modules.txt the way <c>go mod vendor</c> writes it: the version
/// on its <c># module version</c> line (a <c>=&gt; replacement</c> after it is kept), and the
/// <c>## explicit; go 1.21</c> line that follows, whose go version is the module's own go directive
/// (recorded when the main module's go version is at least 1.17). Every other byte is kept.
/// </summary>
public static class VendorModulesEditor
{
    /// <param name="goVersion">The go directive of the module's go.mod at the new version; null when it has none.</param>
    /// <param name="recordsGoVersions">Whether this modules.txt records go versions (the main module's go directive is 1.17 or later).</param>
    /// <exception cref="SlipwayException">The file does not list the module (SW357).</exception>
    public static string Update(string text, string module, string newVersion, string? goVersion, bool recordsGoVersions)
    {
        var lines = text.Split('\n').ToList();
        var at = lines.FindIndex(l => Tokens(l) is ["#", var path, var version, ..] && path == module && version != "=>");
        if (at < 0)
        {
            throw new SlipwayException(Errors.GoSumsNotEditable, $"vendor/modules.txt does not list {module}",
                "the vendor directory is out of step with go.mod; run 'go mod vendor' and commit it before the release");
        }

        var tokens = Tokens(lines[at]);
        var versionStart = lines[at].IndexOf(" " + tokens[2], lines[at].IndexOf(module, StringComparison.Ordinal) + module.Length, StringComparison.Ordinal) + 1;
        lines[at] = lines[at][..versionStart] + newVersion + lines[at][(versionStart + tokens[2].Length)..];

        var hasDirectives = at + 1 < lines.Count && lines[at + 1].StartsWith("## ", StringComparison.Ordinal);
        var ending = lines[at].EndsWith('\r') ? "\r" : string.Empty;
        var directives = hasDirectives ? lines[at + 1].TrimEnd('\r')[3..].Split(';', StringSplitOptions.TrimEntries).ToList() : [];
        var explicitly = directives.Contains("explicit");
        var rewritten = new List<string>();
        if (explicitly)
        {
            rewritten.Add("explicit");
        }

        if (recordsGoVersions && goVersion is not null)
        {
            rewritten.Add("go " + goVersion);
        }

        var line = "## " + string.Join("; ", rewritten) + ending;
        if (hasDirectives && rewritten.Count > 0)
        {
            // Kept as written when nothing changes, so a hand-spaced line is not rewritten.
            if (!SameDirectives(directives, rewritten))
            {
                lines[at + 1] = line;
            }
        }
        else if (hasDirectives)
        {
            lines.RemoveAt(at + 1);
        }
        else if (rewritten.Count > 0)
        {
            lines.Insert(at + 1, line);
        }

        return string.Join('\n', lines);
    }

    private static bool SameDirectives(List<string> written, List<string> wanted) =>
        written.Where(d => d.Length > 0).SequenceEqual(wanted, StringComparer.Ordinal);

    private static string[] Tokens(string line) => line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
}
