using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Slipway.EndToEnd.Tests.Support.Registry;

/// <summary>What a fault server does with one request.</summary>
public sealed record FaultAnswer(int Status = 200, string Body = "", string? ContentType = null, string? ExtraHeader = null)
{
    /// <summary>Accept the request, then close the connection without a word.</summary>
    public bool Close { get; init; }

    /// <summary>Accept the request and never answer.</summary>
    public bool Hang { get; init; }

    /// <summary>The body's bytes as they are sent (compressed, say), instead of <see cref="Body"/>.</summary>
    public byte[]? RawBody { get; init; }

    /// <summary>Send a body of this many bytes with no Content-Length, ended only by closing the connection.</summary>
    public long EndlessBytes { get; init; }
}

/// <summary>
/// A registry that misbehaves on purpose, written on raw TCP so it can also close a connection or
/// never answer: <paramref name="answer"/> gets the request's number (from 1) and its request line.
/// </summary>
public sealed class FaultServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<int, string, FaultAnswer> _answer;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _requestLines = new();
    private int _requests;
    private long _bodyBytesSent;

    public FaultServer(Func<int, string, FaultAnswer> answer)
    {
        _answer = answer;
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public string Address => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Every request line received (<c>GET /v2/… HTTP/1.1</c>), in order.</summary>
    public IReadOnlyList<string> RequestLines => [.. _requestLines];

    /// <summary>How many body bytes were written before the client stopped reading (or the bodies ended).</summary>
    public long BodyBytesSent => Interlocked.Read(ref _bodyBytesSent);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = new StringBuilder();
                var buffer = new byte[4096];
                while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var read = await stream.ReadAsync(buffer, _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    head.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }

                var requestLine = head.ToString()[..head.ToString().IndexOf('\r', StringComparison.Ordinal)];
                _requestLines.Enqueue(requestLine);
                var answer = _answer(Interlocked.Increment(ref _requests), requestLine);
                if (answer.Hang)
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                }

                if (answer.Close)
                {
                    return;
                }

                var body = answer.RawBody ?? Encoding.UTF8.GetBytes(answer.Body);
                var length = answer.EndlessBytes > 0 ? string.Empty : $"Content-Length: {body.Length}\r\n";
                var response = new StringBuilder($"HTTP/1.1 {answer.Status} Status\r\n{length}Connection: close\r\n");
                response.Append(answer.ContentType is null ? string.Empty : $"Content-Type: {answer.ContentType}\r\n");
                response.Append(answer.ExtraHeader is null ? string.Empty : answer.ExtraHeader + "\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(response.Append("\r\n").ToString()), _stop.Token);
                if (requestLine.StartsWith("HEAD ", StringComparison.Ordinal))
                {
                    return;
                }

                if (answer.EndlessBytes > 0)
                {
                    await SendEndlessAsync(stream, answer.EndlessBytes);
                    return;
                }

                await stream.WriteAsync(body, _stop.Token);
                Interlocked.Add(ref _bodyBytesSent, body.Length);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
            {
                // the test is over, or the client went away
            }
        }
    }

    // A JSON-looking start, then spaces: a manifest that never ends, until the client hangs up.
    private async Task SendEndlessAsync(NetworkStream stream, long bytes)
    {
        var chunk = Encoding.ASCII.GetBytes("{\"schemaVersion\":2".PadRight(65536));
        for (long sent = 0; sent < bytes; sent += chunk.Length)
        {
            await stream.WriteAsync(chunk, _stop.Token);
            Interlocked.Add(ref _bodyBytesSent, chunk.Length);
            chunk.AsSpan().Fill((byte)' ');
        }
    }
}
