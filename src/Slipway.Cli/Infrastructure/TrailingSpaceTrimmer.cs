using System.Text;

namespace Slipway.Cli.Infrastructure;

/// <summary>
/// Drops the spaces at the end of each line. Spectre pads every table cell to the column width,
/// which leaves lines of trailing blanks in logs, files and diffs of the output; only spaces are
/// held back, so everything else reaches the inner writer in order and at once.
/// </summary>
internal sealed class TrailingSpaceTrimmer(TextWriter inner) : TextWriter
{
    private int _pendingSpaces;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        switch (value)
        {
            case ' ':
                _pendingSpaces++;
                return;
            case '\n' or '\r':
                _pendingSpaces = 0;
                inner.Write(value);
                return;
            default:
                EmitPending();
                inner.Write(value);
                return;
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is not (' ' or '\n' or '\r'))
            {
                continue;
            }

            // Copy the run of ordinary characters before this one, then handle the space or line end.
            if (i > start)
            {
                EmitPending();
                inner.Write(value.AsSpan(start, i - start));
            }

            Write(c);
            start = i + 1;
        }

        if (start < value.Length)
        {
            EmitPending();
            inner.Write(value.AsSpan(start));
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush() => inner.Flush();

    private void EmitPending()
    {
        if (_pendingSpaces > 0)
        {
            inner.Write(new string(' ', _pendingSpaces));
            _pendingSpaces = 0;
        }
    }
}
