namespace Slipway.Core.History;

/// <summary>
/// Reads NUL-terminated fields from a stream in large blocks, handing each field to the caller as
/// a span of the block, so a 40 MB <c>git log -z</c> output is parsed without a string per line.
/// </summary>
internal sealed class NulFieldReader(Stream stream)
{
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>The next field, or false at the end of the stream (a last field without a NUL is returned too).</summary>
    public bool TryRead(out ReadOnlySpan<byte> field)
    {
        while (true)
        {
            var nul = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)0);
            if (nul >= 0)
            {
                field = _buffer.AsSpan(_start, nul);
                _start += nul + 1;
                return true;
            }

            if (_eof)
            {
                field = _buffer.AsSpan(_start, _end - _start);
                var any = _end > _start;
                _start = _end;
                return any;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2); // a field longer than the buffer: a very long message
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}
