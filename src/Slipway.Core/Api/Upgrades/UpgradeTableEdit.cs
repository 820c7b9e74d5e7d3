using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Editing;
using Slipway.Core.Files;
using Slipway.Core.Templates;
using Slipway.Core.Versioning;

namespace Slipway.Core.Api.Upgrades;

/// <summary>
/// The release's row of the upgrade table as a planned file edit (<c>api.history</c>): Yes when the
/// gate saw any CRD change, the description from its findings. Null when the table already has the
/// version's row.
/// </summary>
public static class UpgradeTableEdit
{
    /// <param name="root">The directory slipway.yaml is in; <c>api.history</c> is relative to it.</param>
    /// <exception cref="SlipwayException">SW230 without <c>api.history</c>; SW362 when the file or its table cannot be read.</exception>
    public static FileEdit? For(string root, ApiSettings settings, TagTemplate tags, SemVersion version, ApiReport report)
    {
        var (path, bytes, document, table) = Read(root, settings, tags);
        var values = new UpgradeRowValues(version, tags.TagFor(version), report.CrdsChanged, report.CrdsChanged ? ChangeSummary.Describe(report.Changes) : "No CRD changes");
        var text = UpgradeTableWriter.AddRow(table, values);
        return text == document.Text ? null : new FileEdit(path, bytes, document.Encode(text), document.Text, text);
    }

    /// <summary>The history file and its table, from the work tree.</summary>
    public static (string Path, byte[] Bytes, TextDocument Document, UpgradeTable Table) Read(string root, ApiSettings settings, TagTemplate tags)
    {
        var path = settings.History ?? throw new SlipwayException(Errors.ApiNotConfigured, "api.history is not set",
            "name the file with the 'Version History with CRD Changes' table, e.g. 'history: docs/upgrading.md'");
        byte[] bytes;
        try
        {
            // A regular file of bounded size only: a FIFO or /dev/zero there would hang or fill memory.
            bytes = RegularFile.ReadAllBytes(ConfiguredPath.Resolve(root, path, "api.history"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SlipwayException(Errors.UpgradeTableUnreadable, $"{path} cannot be read: {e.Message}", "create it with the table, or fix api.history");
        }

        return Parse(path, bytes, tags);
    }

    /// <summary>The table in a history file's bytes (read from the work tree or from a commit).</summary>
    public static (string Path, byte[] Bytes, TextDocument Document, UpgradeTable Table) Parse(string path, byte[] bytes, TagTemplate tags)
    {
        TextDocument document;
        try
        {
            document = TextDocument.Decode(bytes);
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new SlipwayException(Errors.UpgradeTableUnreadable, $"{path} is not UTF-8 text");
        }

        var table = UpgradeTable.Find(document.Text, tags) ?? throw new SlipwayException(Errors.UpgradeTableUnreadable,
            $"{path} has no upgrade table: a '| Version | CRD Changes | Description |' header followed by its '|---|---|---|' row",
            "add the table (under a '## Version History with CRD Changes' heading), or fix api.history");
        return (path, bytes, document, table);
    }
}
