using System.Collections.Concurrent;
using System.Text;
using Slipway.Core.Editing;

namespace Slipway.Core.References;

/// <summary>Reads each file once, however many references point into it, and keeps its original bytes.</summary>
public sealed class DocumentCache(Files.IFileSource source)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public DocumentCache(string root)
        : this(new Files.DirectoryFileSource(root))
    {
    }

    public Files.IFileSource Source { get; } = source;

    /// <summary>The document at a relative path, or null when the file does not exist.</summary>
    /// <exception cref="IOException">The file exists but cannot be read or is not text.</exception>
    public LoadedDocument? Get(string relativePath)
    {
        var entry = _entries.GetOrAdd(relativePath, Load);
        return entry.Error is { } error ? throw new IOException(error) : entry.Document;
    }

    private Entry Load(string relativePath)
    {
        try
        {
            var bytes = Source.Read(relativePath);
            return bytes is null ? new Entry(null, null) : new Entry(new LoadedDocument(relativePath, bytes, TextDocument.Decode(bytes)), null);
        }
        catch (DecoderFallbackException)
        {
            return new Entry(null, "the file is not UTF-8 or UTF-16 text");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Entry(null, $"the file cannot be read: {e.Message}");
        }
    }

    private sealed record Entry(LoadedDocument? Document, string? Error);
}

/// <summary>A file as read: its path, original bytes and decoded document (with a line map built on demand).</summary>
public sealed class LoadedDocument(string path, byte[] bytes, TextDocument document)
{
    private LineMap? _lines;

    public string Path { get; } = path;

    public byte[] Bytes { get; } = bytes;

    public TextDocument Document { get; } = document;

    public string Text => Document.Text;

    public LineMap Lines => _lines ??= new LineMap(Document.Text);
}
