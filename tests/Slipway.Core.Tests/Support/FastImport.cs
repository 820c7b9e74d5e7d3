using System.Diagnostics;
using System.Text;

namespace Slipway.Core.Tests;

/// <summary>A git fast-import stream: commits with marks, moving dates, tags.</summary>
public sealed class FastImport
{
    private readonly StringBuilder _text = new();
    private int _marks;
    private long _time = 1_700_000_000;

    public int Commit(string reference, string message, int[] parents, string author, int skew = 0)
    {
        var mark = ++_marks;
        _time += 60;
        var identity = $"{author} <{author.ToLowerInvariant()}@example.com> {_time + skew} +0000";
        _text.Append($"commit {reference}\nmark :{mark}\nauthor {identity}\ncommitter {identity}\n");
        Data(message + "\n");
        if (parents.Length > 0)
        {
            _text.Append($"from :{parents[0]}\n");
        }

        foreach (var merged in parents.Skip(1))
        {
            _text.Append($"merge :{merged}\n");
        }

        _text.Append('\n');
        return mark;
    }

    public void Tag(string name, int commit, bool annotated)
    {
        if (annotated)
        {
            _text.Append($"tag {name}\nfrom :{commit}\ntagger Ann <ann@example.com> {_time} +0000\n");
            Data($"Release {name}\n");
        }
        else
        {
            _text.Append($"reset refs/tags/{name}\nfrom :{commit}\n\n");
        }
    }

    public void Import(GitRepository repository)
    {
        var info = new ProcessStartInfo("git", ["fast-import", "--quiet"]) { WorkingDirectory = repository.Path, RedirectStandardInput = true };
        using var process = Process.Start(info)!;
        process.StandardInput.Write(_text.ToString());
        process.StandardInput.Close();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0);
    }

    private void Data(string text) => _text.Append($"data {Encoding.UTF8.GetByteCount(text)}\n{text}\n");
}
