namespace Slipway.Cli.Output;

/// <summary>
/// Slipway's own standard output, telling its closing apart from every other I/O failure: when the
/// reader goes away (slipway notes | head), a write fails with <see cref="OutputClosedException"/>,
/// and only that ends a command quietly. A broken pipe to a child (git that stopped before reading
/// its input) stays an ordinary IOException, which is the child's failure and is reported as one.
/// </summary>
internal sealed class StandardOutputStream(Stream inner) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Guard(() => inner.Write(buffer, offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException e)
        {
            throw new OutputClosedException(e);
        }
    }

    public override void Flush() => Guard(inner.Flush);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e)
        {
            throw new OutputClosedException(e);
        }
    }
}

/// <summary>Slipway's standard output was closed by its reader: there is nothing left to say, and nothing failed.</summary>
internal sealed class OutputClosedException : IOException
{
    public OutputClosedException(IOException inner)
        : base("standard output was closed", inner)
    {
    }

    public OutputClosedException()
    {
    }

    public OutputClosedException(string message)
        : base(message)
    {
    }

    public OutputClosedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
