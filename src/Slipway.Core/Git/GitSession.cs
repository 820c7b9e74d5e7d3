using System.Diagnostics;

namespace Slipway.Core.Git;

/// <summary>
/// A git process kept open while a caller writes requests to its standard input and reads the
/// answers from its standard output (see <see cref="GitRunner.Open"/>). Its standard error is
/// gathered in the background, for the message when git fails.
/// </summary>
public sealed class GitSession : IDisposable
{
    private readonly Process _process;
    private readonly IReadOnlyList<string> _arguments;
    private readonly Action<GitResult, long> _trace;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly Task<string> _error;
    private bool _finished;

    internal GitSession(Process process, IReadOnlyList<string> arguments, Action<GitResult, long> trace)
    {
        _process = process;
        _arguments = arguments;
        _trace = trace;
        _error = process.StandardError.ReadToEndAsync();
        Input = new BufferedStream(process.StandardInput.BaseStream, 1 << 14);
        Output = new BufferedStream(process.StandardOutput.BaseStream, 1 << 16);
    }

    public Stream Input { get; }

    public Stream Output { get; }

    /// <summary>
    /// Why git stopped answering: its own failure (SW305, or SW304 outside a repository) when it
    /// exited with an error, else <paramref name="problem"/> as SW305.
    /// </summary>
    public Diagnostics.SlipwayException Failure(string problem)
    {
        var result = End();
        return result.Succeeded
            ? new Diagnostics.SlipwayException(Diagnostics.Errors.GitFailed, $"{result.CommandLine} failed: {problem}")
            : GitRunner.Failure(result);
    }

    public void Dispose()
    {
        if (!_finished)
        {
            End();
        }

        _process.Dispose();
    }

    private GitResult End()
    {
        _finished = true;
        try
        {
            Input.Dispose(); // git ends when its input does
        }
        catch (IOException)
        {
            // git is gone already: its exit code and message tell why.
        }

        _process.StandardOutput.BaseStream.CopyTo(Stream.Null);
        _process.WaitForExit();
        var result = new GitResult(_arguments, _process.ExitCode, string.Empty, _error.GetAwaiter().GetResult());
        _trace(result, _started);
        return result;
    }
}
