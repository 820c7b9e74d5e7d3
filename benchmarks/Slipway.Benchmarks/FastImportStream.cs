using System.Globalization;
using System.Text;

namespace Slipway.Benchmarks;

/// <summary>A person as git records them: "Name &lt;email&gt;".</summary>
internal readonly record struct Person(string Name, string Email)
{
    public override string ToString() => $"{Name} <{Email}>";
}

/// <summary>
/// Writes the commands of a <c>git fast-import</c> stream. One git process reads the whole history
/// from this stream, which is what makes 100,000 commits take seconds rather than the hour that a
/// <c>git commit</c> per commit would.
/// </summary>
internal sealed class FastImportStream : IDisposable
{
    private readonly StreamWriter writer;

    public FastImportStream(Stream input)
    {
        // No byte-order mark: fast-import would read it as the start of a command.
        writer = new StreamWriter(input, new UTF8Encoding(false), 1 << 16);

        // With "done" declared, fast-import fails on a stream cut short instead of importing half of it.
        writer.Write("feature done\n");
    }

    public void Commit(int mark, Person author, Person committer, long time, string message)
    {
        writer.Write($"commit refs/heads/main\nmark :{Number(mark)}\n");
        writer.Write($"author {author} {Number(time)} +0000\ncommitter {committer} {Number(time)} +0000\n");
        Data(message);
    }

    /// <summary>First parent; omitted only by the root commit.</summary>
    public void From(int mark) => writer.Write($"from :{Number(mark)}\n");

    public void Merge(int mark) => writer.Write($"merge :{Number(mark)}\n");

    public void Modify(string path, string content)
    {
        writer.Write($"M 100644 inline {path}\n");
        Data(content);
    }

    public void EndCommit() => writer.Write('\n');

    public void Tag(string name, int mark, Person tagger, long time, string message)
    {
        writer.Write($"tag {name}\nfrom :{Number(mark)}\ntagger {tagger} {Number(time)} +0000\n");
        Data(message);
    }

    public void Dispose()
    {
        writer.Write("done\n");
        writer.Dispose();
    }

    // fast-import counts data in bytes, and author names are not all ASCII.
    private void Data(string text)
    {
        writer.Write($"data {Number(Encoding.UTF8.GetByteCount(text))}\n");
        writer.Write(text);
        writer.Write('\n');
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
