using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Slipway.Core.Api.Manifests;

/// <summary>
/// One string for each distinct short UTF-8 text, looked up by its bytes: a CRD says "type",
/// "description" and "string" thousands of times, and decoding each occurrence to look it up by its
/// characters cost more than the lookup itself. Open addressing over a power-of-two table.
/// </summary>
internal sealed class Utf8StringTable
{
    // Mixed into every hash, so that a file cannot be written to make its keys collide.
    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64();

    /// <summary>The longest text the table takes, in bytes.</summary>
    public const int MaxLength = 64;

    private Entry[] _slots = new Entry[1024];

    public int Count { get; private set; }

    /// <summary>The string of <paramref name="utf8"/> (valid UTF-8, at most <see cref="MaxLength"/> bytes), the same object every time.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        var hash = Hash(utf8);
        var mask = _slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Text is null)
            {
                var text = Encoding.UTF8.GetString(utf8);
                slot = new Entry(hash, text);
                // Grown at three quarters full: the table lives as long as the thread's reader, so its
                // size (and the smaller tables it leaves behind) is memory the gate must touch.
                if (++Count * 4 > _slots.Length * 3)
                {
                    Grow();
                }

                return text;
            }

            if (slot.Hash == hash && Same(utf8, slot.Text))
            {
                return slot.Text;
            }
        }
    }

    public void Clear()
    {
        Array.Clear(_slots);
        Count = 0;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Entry[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Text is not null)
            {
                var i = entry.Hash & mask;
                while (_slots[i].Text is not null)
                {
                    i = (i + 1) & mask;
                }

                _slots[i] = entry;
            }
        }
    }

    /// <summary>Whether <paramref name="text"/> is what <paramref name="utf8"/> spells (ASCII compared as it is, anything else decoded).</summary>
    private static bool Same(ReadOnlySpan<byte> utf8, string text)
    {
        if (Ascii.Equals(utf8, text))
        {
            return true;
        }

        Span<char> chars = stackalloc char[MaxLength];
        return !Ascii.IsValid(utf8) && utf8.Length <= MaxLength && chars[..Encoding.UTF8.GetChars(utf8, chars)].SequenceEqual(text);
    }

    /// <summary>A non-negative hash of short texts, eight bytes a step.</summary>
    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = Seed ^ (ulong)utf8.Length;
        while (utf8.Length >= 8)
        {
            hash = Step(hash, BinaryPrimitives.ReadUInt64LittleEndian(utf8));
            utf8 = utf8[8..];
        }

        ulong last = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            last |= (ulong)utf8[i] << (8 * i);
        }

        hash = Step(hash, last);
        return (int)((hash ^ (hash >> 32)) & int.MaxValue);
    }

    private static ulong Step(ulong hash, ulong input) => BitOperations.RotateLeft((hash ^ input) * 0x9E3779B97F4A7C15, 27) * 0xC2B2AE3D27D4EB4F;

    private readonly record struct Entry(int Hash, string? Text);
}
