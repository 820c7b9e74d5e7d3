using System.IO.Compression;
using System.Text;
using Slipway.Core.Diagnostics;
using Slipway.Core.Git;

namespace Slipway.Core.Workspace.Go;

/// <summary>
/// A directory of a commit's tree as Go's module download reads it: through <c>git archive</c>, so
/// that git's own conversions (eol and ident attributes, filters) apply exactly as they do for Go,
/// but with <c>export-ignore</c> and <c>export-subst</c> switched off and line endings left alone,
/// as Go does (cmd/go/internal/modfetch/codehost/git.go). Go switches them off in its own cache
/// repository's info/attributes; Slipway must not write in the upstream's .git, so it archives from a
/// scratch bare repository that borrows the upstream's objects (git alternates) and is deleted after.
/// </summary>
internal sealed class ModuleArchive : IDisposable
{
    private readonly DirectoryInfo _scratch;
    private readonly FileStream _file;
    private readonly ZipArchive _zip;

    private ModuleArchive(DirectoryInfo scratch, FileStream file)
    {
        _scratch = scratch;
        _file = file;
        _zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true, Encoding.UTF8);
    }

    /// <summary>The files under <paramref name="directory"/> ("" for the whole tree), with paths relative to it.</summary>
    public IReadOnlyList<ModuleFile> Files(string directory)
    {
        var prefix = "prefix/" + (directory.Length > 0 ? directory + "/" : string.Empty);
        return _zip.Entries
            .Where(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal) && !e.FullName.EndsWith('/'))
            .Select(e => new ModuleFile(e.FullName[prefix.Length..], KindOf(e), e.Length, e.Open))
            .ToList();
    }

    public static ModuleArchive Read(GitRunner upstream, string commit, string directory)
    {
        var objects = upstream.Check("rev-parse", "--path-format=absolute", "--git-path", "objects").Trim();
        var scratch = System.IO.Directory.CreateTempSubdirectory("slipway-go-archive-");
        FileStream? file = null;
        try
        {
            var git = new GitRunner(scratch.FullName);
            git.Check("init", "--bare", "-q", ".");
            File.WriteAllText(Path.Combine(scratch.FullName, "objects", "info", "alternates"), objects + "\n");
            System.IO.Directory.CreateDirectory(Path.Combine(scratch.FullName, "info"));
            File.AppendAllText(Path.Combine(scratch.FullName, "info", "attributes"), "\n* -export-subst -export-ignore\n");

            file = new FileStream(Path.Combine(scratch.FullName, "module.zip"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
            string[] arguments = ["-c", "core.autocrlf=input", "-c", "core.eol=lf", "--literal-pathspecs", "archive", "--format=zip", "--prefix=prefix/", commit, .. directory.Length > 0 ? new[] { "--", directory } : []];
            git.Stream(arguments, output => CopyLimited(output, file));
            file.Position = 0;
            return new ModuleArchive(scratch, file);
        }
        catch
        {
            file?.Dispose();
            TryDelete(scratch);
            throw;
        }
    }

    public void Dispose()
    {
        _zip.Dispose();
        _file.Dispose();
        TryDelete(_scratch);
    }

    private static void CopyLimited(Stream output, FileStream file)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = output.Read(buffer)) > 0)
        {
            total += read;
            if (total > ModuleZipRules.MaxZipFile)
            {
                throw new SlipwayException(Errors.GoModuleUnhashable, $"the module's archive is larger than Go's limit of {ModuleZipRules.MaxZipFile} bytes", "Go refuses to download it");
            }

            file.Write(buffer, 0, read);
        }
    }

    // git writes a Unix mode in the high half of the external attributes for symbolic links and
    // executables, and none (an MS-DOS entry) for other files, which Go's zip reader takes as regular.
    private static ModuleFileKind KindOf(ZipArchiveEntry entry) => ((entry.ExternalAttributes >> 16) & 0xF000) switch
    {
        0 or 0x8000 => ModuleFileKind.Regular,
        0xA000 => ModuleFileKind.Symlink,
        _ => ModuleFileKind.Irregular,
    };

    private static void TryDelete(DirectoryInfo scratch)
    {
        try
        {
            scratch.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A scratch directory that cannot be removed is left in the temp directory; the hash is still right.
        }
    }
}
