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
    private int _requests;

    public FaultServer(Func<int, string, FaultAnswer> answer)
    {
        _answer = answer;
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public string Address => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public int Requests => Volatile.Read(ref _requests);

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
                var answer = _answer(Interlocked.Increment(ref _requests), requestLine);
                if (answer.Hang)
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                }

                if (answer.Close)
                {
                    return;
                }

                var body = Encoding.UTF8.GetBytes(answer.Body);
                var response = new StringBuilder($"HTTP/1.1 {answer.Status} Status\r\nContent-Length: {body.Length}\r\nConnection: close\r\n");
                response.Append(answer.ContentType is null ? string.Empty : $"Content-Type: {answer.ContentType}\r\n");
                response.Append(answer.ExtraHeader is null ? string.Empty : answer.ExtraHeader + "\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(response.Append("\r\n").ToString()), _stop.Token);
                if (!requestLine.StartsWith("HEAD ", StringComparison.Ordinal))
                {
                    await stream.WriteAsync(body, _stop.Token);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
            {
                // the test is over, or the client went away
            }
        }
    }
}
