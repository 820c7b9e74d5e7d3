namespace Slipway.Core.Workspace.Go;

/// <summary>A file of a module's tree as Go sees it: its path inside the module, its kind, its size, and its bytes.</summary>
internal sealed record ModuleFile(string Path, ModuleFileKind Kind, long Size, Func<Stream> Open);

internal enum ModuleFileKind
{
    Regular,
    Symlink,

    /// <summary>Anything else git can put in an archive; Go leaves it out, as it does symbolic links.</summary>
    Irregular,
}

/// <summary>A file Go leaves out of the module zip, and why (golang.org/x/mod/zip's own words).</summary>
public sealed record OmittedFile(string Path, string Reason);
