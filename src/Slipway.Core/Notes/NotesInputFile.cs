using Slipway.Core.Diagnostics;

namespace Slipway.Core.Notes;

/// <summary>Reads a file the notes are made from: the template, the highlights.</summary>
internal static class NotesInputFile
{
    // Only a regular file of at most 1 MiB: a highlights path to /dev/zero or a FIFO must not hang the notes.
    public static string Read(string path, string what)
    {
        try
        {
            return new System.Text.UTF8Encoding(false).GetString(Files.RegularFile.ReadAllBytes(path)).TrimStart('\uFEFF');
        }
        catch (IOException e)
        {
            throw new SlipwayException(Errors.NotesInputUnreadable, $"{what} {e.Message}");
        }
    }
}
