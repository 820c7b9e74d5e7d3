namespace Slipway.Core.Api.Manifests;

/// <summary>The documents of <see cref="BlockYamlReader"/>: a root node each, between <c>---</c> and <c>...</c> markers.</summary>
internal sealed partial class BlockYamlReader
{
    private List<ManifestNode?> Documents()
    {
        SplitLines();

        var documents = new List<ManifestNode?>();
        var started = false; // a '---' opened a document that has no content yet
        while (true)
        {
            SkipInsignificant();
            if (_line >= _lines.Count)
            {
                if (started)
                {
                    documents.Add(null);
                }

                return documents;
            }

            var marker = Content(_line).TrimEnd((byte)' ');
            if (IsMarker(_line))
            {
                if (started)
                {
                    documents.Add(null);
                }

                started = marker.SequenceEqual("---"u8);
                _line++;
                continue;
            }

            if (marker.StartsWith("---"u8) || marker.StartsWith("..."u8) || marker[0] == '%')
            {
                throw new OutsideSubsetException();
            }

            documents.Add(Block(Indent(_line), 0));
            started = false;
            SkipInsignificant();
            if (_line < _lines.Count && !IsMarker(_line))
            {
                throw new OutsideSubsetException(); // more text after the root node: the general parser says what is wrong
            }
        }
    }
}
