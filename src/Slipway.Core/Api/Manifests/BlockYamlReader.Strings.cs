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
    private const int SharedUpTo = Utf8StringTable.MaxLength;

    private string Shared(ReadOnlySpan<byte> utf8) => utf8.Length > SharedUpTo ? Encoding.UTF8.GetString(utf8) : _work.Strings.Get(utf8);

    // Folded plain scalars and literal blocks are put together in the scratch buffer, one at a time.
    private byte[] ScratchBytes => _work.Scratch;

    /// <summary>The scratch buffer, at least <paramref name="length"/> bytes long (what it held kept).</summary>
    private byte[] Scratch(int length)
    {
        if (_work.Scratch.Length < length)
        {
            var larger = new byte[Math.Max(length, _work.Scratch.Length * 2)];
            _work.Scratch.CopyTo(larger, 0);
            _work.Scratch = larger;
        }

        return _work.Scratch;
    }
}
