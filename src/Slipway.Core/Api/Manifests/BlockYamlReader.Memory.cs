using System.Text;

namespace Slipway.Core.Api.Manifests;

/// <summary>
/// The working memory of <see cref="BlockYamlReader"/>, kept by each thread for the next file it
/// reads: lines, map entries, scratch bytes and the short strings (which the files of one
/// repository share: a CRD's property names at both revisions). Reading a file then allocates
/// little but its trees.
/// </summary>
internal sealed partial class BlockYamlReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [ThreadStatic]
    private static ReaderMemory? t_spare;

    /// <summary>The documents of <paramref name="text"/>, or null when it uses anything this reader leaves to the general parser.</summary>
    public static IReadOnlyList<ManifestNode?>? TryParse(ReadOnlyMemory<char> text)
    {
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(text.ToArray());
        }
        catch (EncoderFallbackException)
        {
            return null; // a lone surrogate: no UTF-8 spells it, the general parser says what it makes of it
        }

        return TryParse(utf8, 0, utf8.Length);
    }

    private sealed class ReaderMemory
    {
        // Past this many, the strings start afresh: a long-lived process may read many unrelated files.
        private const int MaxStrings = 100_000;

        public List<Line> Lines { get; } = [];

        public List<List<KeyValuePair<string, ManifestNode>>> Entries { get; } = [];

        public Utf8StringTable Strings { get; } = new();

        public byte[] Scratch { get; set; } = new byte[1024];

        /// <summary>This thread's spare working memory (a reader that reads while another is open on the thread gets its own).</summary>
        public static ReaderMemory Take()
        {
            var work = t_spare ?? new ReaderMemory();
            t_spare = null;
            return work;
        }

        public void Return()
        {
            Lines.Clear();
            foreach (var entries in Entries)
            {
                entries.Clear(); // a reader that gave up leaves entries behind
            }

            if (Strings.Count > MaxStrings)
            {
                Strings.Clear();
            }

            t_spare = this;
        }
    }
}
