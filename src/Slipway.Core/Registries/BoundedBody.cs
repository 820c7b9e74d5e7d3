namespace Slipway.Core.Registries;

/// <summary>
/// Reads a response's body into memory, at most a limit. Content-Length alone is no bound: a body
/// sent without one (chunked, or until the connection closes) or compressed on the wire says nothing
/// of its size, so the limit is counted on the bytes as they are read.
/// </summary>
internal static class BoundedBody
{
    /// <summary>Replaces <paramref name="response"/>'s content with its first bytes read (none when <paramref name="limit"/> is 0, the body dropped unread).</summary>
    /// <exception cref="RegistryProblemException">The body is longer than <paramref name="limit"/>.</exception>
    public static async Task BufferAsync(HttpResponseMessage response, int limit, CancellationToken cancellation)
    {
        var original = response.Content;
        var body = limit == 0 ? [] : await ReadAsync(original, limit, response.RequestMessage?.RequestUri, cancellation).ConfigureAwait(false);
        var buffered = new ByteArrayContent(body);
        foreach (var (name, values) in original.Headers.NonValidated)
        {
            if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                buffered.Headers.TryAddWithoutValidation(name, values);
            }
        }

        response.Content = buffered;
        original.Dispose();
    }

    private static async Task<byte[]> ReadAsync(HttpContent content, int limit, Uri? uri, CancellationToken cancellation)
    {
        if (content.Headers.ContentLength > limit)
        {
            throw TooLarge(uri, limit);
        }

        using var stream = await content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellation).ConfigureAwait(false)) > 0)
        {
            if (memory.Length + read > limit)
            {
                throw TooLarge(uri, limit);
            }

            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }

    private static RegistryProblemException TooLarge(Uri? uri, int limit) =>
        new(ArtifactStatus.Unreachable, $"{uri?.Authority ?? "the server"} sent more than {limit >> 20} MiB for {uri?.AbsolutePath ?? "a request"}, more than any manifest or token may be");
}
