using System.Text;

namespace Slipway.Core.Api.Manifests;

/// <summary>
/// The strings of <see cref="BlockYamlReader"/>: a schema says "type", "description" and "string"
/// thousands of times, and a CRD's versions repeat each other's property names, so each short text
/// becomes one string for the whole file rather than one per occurrence (most of what reading a
/// file allocated, and so most of what the garbage collector then copied).
/// </summary>
internal sealed partial class BlockYamlReader
{
    // Longer texts (descriptions) rarely repeat: sharing them would cost a hash and keep no memory.
    private const int SharedUpTo = 64;

    private readonly Dictionary<string, string> _strings;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _sharedStrings;

    // Folded plain scalars and literal blocks are put together here, one at a time.
    private byte[] _scratch = new byte[1024];

    private string Shared(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > SharedUpTo)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        Span<char> text = stackalloc char[SharedUpTo];
        text = text[..Encoding.UTF8.GetChars(utf8, text)];
        if (!_sharedStrings.TryGetValue(text, out var shared))
        {
            shared = text.ToString();
            _strings.Add(shared, shared);
        }

        return shared;
    }

    /// <summary>The scratch buffer, at least <paramref name="length"/> bytes long (what it held kept).</summary>
    private byte[] Scratch(int length)
    {
        if (_scratch.Length < length)
        {
            Array.Resize(ref _scratch, Math.Max(length, _scratch.Length * 2));
        }

        return _scratch;
    }
}
