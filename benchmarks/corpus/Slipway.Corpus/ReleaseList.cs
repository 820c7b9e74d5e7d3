namespace Slipway.Corpus;

/// <summary>
/// Whether a line is one entry of a list of releases: other lines of the file have the same shape
/// with the versions masked, and hold other versions (<c>| **v2.9.2** | v1.26 |</c> among the rows
/// of a compatibility matrix). Such a line records history; it is not a place that holds the version.
/// </summary>
internal static class ReleaseList
{
    public static bool IsEntry(WorkClone clone, string commit, ChangedLine line)
    {
        var file = clone.Git.Run("show", $"{commit}:{line.File}");
        if (!file.Succeeded)
        {
            return false;
        }

        // Columns padded to the widest version: spacing is not part of a row's shape.
        var shape = LineChanges.Shape(line.Old);
        return file.Output.Split('\n')
            .Where((text, index) => index + 1 != line.Line && LineChanges.Shape(text) == shape)
            .Any(text => text.TrimEnd('\r') != line.Old);
    }
}
