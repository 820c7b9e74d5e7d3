using Slipway.Core.Api;
using Slipway.Core.Api.Upgrades;
using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Files;
using Slipway.Core.Release.Actions;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Adds the release's row to the upgrade table (<c>api.history</c>, KubeOpenCode's "Version History
/// with CRD Changes"), to go in the release commit: Yes and what changed, or No, in the table's own
/// padding and order. It reads and edits through the repository view, so the dry run shows the row,
/// and it reads the row back: a row that says No for a release whose CRDs changed (what the real
/// history held) is never written, nor left standing. Final releases only: the table lists releases
/// users upgrade to.
/// </summary>
public sealed class UpgradeTableStep : IReleaseStep
{
    public string Name => StepNames.UpgradeTable;

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => config.Api?.History is not null && journal.Kind != ReleaseKind.PreRelease;

    public StepResult Run(ReleaseContext context)
    {
        var (config, repository) = (context.Config, context.Repository);
        var api = ApiRelease.For(config, repository.History, context.Version, repository.Resolve("HEAD")!)!;

        // The api step checked the commit the release started from; a cherry-picked commit came after it.
        if (api.Refusal is { } refusal)
        {
            throw refusal;
        }

        var path = config.Api!.History!;
        WorkTree.Containing(config.Root).Require(config.Root, path);
        var (_, bytes, document, table) = UpgradeTableEdit.Parse(path, Read(repository, path), config.Tag);
        var row = api.Row;
        if (table.RowFor(context.Version) is { } existing)
        {
            Verify(path, existing, row);
            return StepResult.Done($"{path} has the row of {row.Tag} already ({existing.CrdsChanged switch { true => "Yes", false => "No", null => "?" }})");
        }

        var text = UpgradeTableWriter.AddRow(table, row);
        var written = UpgradeTable.Find(text, config.Tag)?.RowFor(context.Version)
            ?? throw new SlipwayException(Errors.Internal, $"the row of {row.Tag} was added to {path} but cannot be read back");
        Verify(path, written, row);
        var line = text.AsSpan(0, written.Line.Start).Count('\n') + 1;
        var shown = text[written.Line.Start..written.Line.End];
        repository.EditFiles(new EditFiles($"add the row of {row.Tag} to the upgrade table",
            [new FileEdit(path, bytes, document.Encode(text), document.Text, text)],
            [new ValueChange("api.history", path, line, 1, "(no row)", shown)]));
        return StepResult.Done($"{path}:{line}: {shown.Trim()}");
    }

    private static byte[] Read(Views.IReleaseRepository repository, string path) => repository.WorkTree.Read(path)
        ?? throw new SlipwayException(Errors.UpgradeTableUnreadable, $"{path} does not exist, so the release cannot add its row to the upgrade table",
            "create it with the table ('| Version | CRD Changes | Description |'), or fix api.history");

    // A row someone wrote for this version must say what the CRDs say.
    private static void Verify(string path, UpgradeRow row, UpgradeRowValues expected)
    {
        if (row.CrdsChanged != expected.CrdsChanged)
        {
            var said = row.CrdsChanged switch { true => "Yes", false => "No", null => $"'{row.Line.Cells.ElementAtOrDefault(1)}'" };
            throw new SlipwayException(Errors.UpgradeTableWrong, $"{path}: the row of {expected.Tag} says {said}, but the CRDs {(expected.CrdsChanged ? "changed" : "did not change")}",
                $"correct the row ({(expected.CrdsChanged ? "Yes: " : "No: ")}{expected.Description}), then resume", []);
        }
    }
}
