using System.Globalization;
using System.Text;
using Slipway.Core.Git;

namespace Slipway.Core.History;

/// <summary>
/// Reads the commits of a range with one <c>git log</c> call, never a process per commit. Fields are
/// NUL-separated (git forbids NUL in messages), so no message content can break the parsing.
/// </summary>
public static class HistoryReader
{
    /// <summary>The log format: id, parents, author name, author email, committer time, raw message.</summary>
    public const string Format = "--format=%H%x00%P%x00%an%x00%ae%x00%ct%x00%B";

    /// <summary>The commits reachable from <paramref name="to"/> and not from <paramref name="from"/> (all of its history when null), newest first.</summary>
    public static IReadOnlyList<Commit> Read(GitRunner git, string? from, string to)
    {
        var commits = new List<Commit>();
        var people = new Dictionary<(string, string), Person>();
        var range = from is null ? to : $"{from}..{to}";
        git.Stream(["log", "-z", Format, range, "--"], stream =>
        {
            var reader = new NulFieldReader(stream);
            while (reader.TryRead(out var idField))
            {
                var id = CommitId.Parse(Decode(idField));
                reader.TryRead(out var parentsField);
                var parents = ParseParents(Decode(parentsField));
                reader.TryRead(out var nameField);
                var name = Decode(nameField);
                reader.TryRead(out var emailField);
                var email = Decode(emailField);
                reader.TryRead(out var timeField);
                var time = long.Parse(Decode(timeField), NumberStyles.None, CultureInfo.InvariantCulture);
                reader.TryRead(out var messageField);
                var (subject, text, trailers) = MessageParser.Parse(Decode(messageField));
                if (!people.TryGetValue((name, email), out var author))
                {
                    people[(name, email)] = author = new Person(name, email);
                }

                commits.Add(new Commit
                {
                    Id = id,
                    Parents = parents,
                    Author = author,
                    Timestamp = time,
                    Subject = subject,
                    Text = text,
                    Trailers = trailers,
                });
            }
        });
        return commits;
    }

    private static string Decode(ReadOnlySpan<byte> field) => Encoding.UTF8.GetString(field);

    private static CommitId[] ParseParents(string field)
    {
        if (field.Length == 0)
        {
            return [];
        }

        var parts = field.Split(' ');
        var parents = new CommitId[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parents[i] = CommitId.Parse(parts[i]);
        }

        return parents;
    }
}
