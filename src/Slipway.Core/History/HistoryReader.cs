using System.Buffers.Text;
using System.Text;
using Slipway.Core.Git;

namespace Slipway.Core.History;

/// <summary>
/// Reads the commits of a range with one <c>git log</c> call, never a process per commit. Fields are
/// NUL-separated (git forbids NUL in messages), so no message content can break the parsing. Ids,
/// parents and times are parsed from the bytes; only names and messages are decoded.
/// </summary>
public static class HistoryReader
{
    /// <summary>
    /// The log format: id, parents, author name and email as the repository's .mailmap names them
    /// (one person under several addresses is one author), committer time, raw message.
    /// </summary>
    public const string Format = "--format=%H%x00%P%x00%aN%x00%aE%x00%ct%x00%B";

    /// <summary>
    /// The commits reachable from <paramref name="to"/> and not from <paramref name="from"/> (all of its
    /// history when null), newest first. <paramref name="onCommit"/> sees each commit as it is read, so
    /// per-commit work happens while git still writes the rest, and says whether the log keeps it: a
    /// caller done with a commit lets it go, so that a large history is not all held at once.
    /// </summary>
    /// <param name="keepText">
    /// Whether a commit's description (the first prose paragraph of its body) is wanted, given its
    /// conventional reading (null: always). Most styles print it for few commits, and on a large
    /// history it is most of the memory, so it is decoded only when asked for.
    /// </param>
    public static CommitLog Read(GitRunner git, string? from, string to, CommitSeen? onCommit = null, TextWanted? keepText = null) =>
        Read(git, to, from is null ? [] : [from], onCommit, keepText);

    /// <summary>The commits reachable from <paramref name="to"/> and from none of <paramref name="excluded"/>, newest first.</summary>
    public static CommitLog Read(GitRunner git, string to, IReadOnlyList<string> excluded, CommitSeen? onCommit = null, TextWanted? keepText = null)
    {
        var arguments = new List<string>(6 + excluded.Count) { "log", "-z", Format, "--end-of-options", to };
        foreach (var revision in excluded)
        {
            arguments.Add("^" + revision);
        }

        arguments.Add("--");
        CommitLog? log = null;
        git.Stream(arguments, stream => log = ReadFrom(stream, onCommit, keepText));
        return log!;
    }

    /// <summary>Parses <c>git log -z</c> output in <see cref="Format"/>.</summary>
    internal static CommitLog ReadFrom(Stream stream, CommitSeen? onCommit = null, TextWanted? keepText = null)
    {
        var commits = new List<Commit>();
        var total = 0;
        var newest = 0L;
        var people = new People();
        {
            var reader = new NulFieldReader(stream);
            var nameScratch = new byte[256];
            var subjectChars = new char[256];
            while (reader.TryRead(out var idField))
            {
                var id = CommitId.Parse(idField);
                var parents = reader.TryRead(out var parentsField) ? Parents(parentsField) : [];
                // The next read may move the reader's buffer, so the name is kept in a scratch buffer meanwhile.
                reader.TryRead(out var nameField);
                if (nameField.Length > nameScratch.Length)
                {
                    nameScratch = new byte[nameField.Length * 2];
                }

                nameField.CopyTo(nameScratch);
                var nameLength = nameField.Length;
                reader.TryRead(out var emailField);
                var author = people.Get(nameScratch.AsSpan(0, nameLength), emailField);
                reader.TryRead(out var timeField);
                if (!Utf8Parser.TryParse(timeField, out long time, out _))
                {
                    throw new FormatException($"git log printed '{Encoding.UTF8.GetString(timeField)}' as a commit time");
                }

                reader.TryRead(out var messageField);
                var (subjectRange, bodyRange, trailers) = MessageParser.Split(messageField);
                var subjectBytes = messageField[subjectRange.Start..subjectRange.End];
                if (subjectChars.Length < subjectBytes.Length)
                {
                    subjectChars = new char[subjectBytes.Length * 2];
                }

                // What a subject says (its PR, its type) is read here, while git is still producing
                // the rest of the log, rather than in a pass of its own afterwards. The subject is
                // decoded into a scratch buffer so that only the title becomes a string.
                var subject = subjectChars.AsSpan(0, Encoding.UTF8.GetChars(subjectBytes, subjectChars));
                var squash = parents.Length > 1 ? null : PullRequestTitles.FromSquash(subject);
                var merged = parents.Length > 1 ? PullRequestTitles.FromMerge(subject) : null;
                var body = bodyRange is var (bodyStart, bodyEnd) ? messageField[bodyStart..bodyEnd] : default;
                // A pull request's merge commit carries the PR's title as the first line of its body,
                // whoever merged it; without a body the title stays the subject (see ChangeCollector).
                var title = merged is not null && !body.IsEmpty ? MessageBody.FirstLine(body)
                    : subject.IsEmpty ? string.Empty
                    : subject[..(squash?.TitleLength ?? subject.Length)].ToString();
                var conventional = ConventionalTitle.Read(title);
                var note = trailers.Count == 0 ? null : ConventionalCommit.BreakingNoteOf(trailers);
                var text = !body.IsEmpty && (keepText?.Invoke(conventional, conventional?.Bang == true || note is not null) ?? true)
                    ? MessageBody.Description(body, afterTitle: merged is not null)
                    : string.Empty;
                var pullRequest = squash?.Number ?? merged;
                var branch = merged is null ? null : PullRequestTitles.MergedBranch(subject);
                var record = new CommitRecord(id, parents, author, time, title, pullRequest, conventional, note, text, trailers, branch);
                total++;
                newest = Math.Max(newest, time);
                if (onCommit?.Invoke(in record) ?? true)
                {
                    commits.Add(record.ToCommit());
                }
            }
        }

        return new CommitLog(commits, total, newest);
    }

    private static CommitId[] Parents(ReadOnlySpan<byte> field)
    {
        if (field.IsEmpty)
        {
            return [];
        }

        var parents = new CommitId[(field.Length + 1) / 41];
        for (var i = 0; i < parents.Length; i++)
        {
            parents[i] = CommitId.Parse(field.Slice(i * 41, 40));
        }

        return parents;
    }

    /// <summary>
    /// One <see cref="Person"/> per author: a history has thousands of commits per author, so authors
    /// are looked up by the bytes git printed and decoded only the first time they are seen.
    /// </summary>
    private sealed class People
    {
        private readonly Dictionary<int, List<(byte[] Name, byte[] Email, Person Person)>> _byHash = [];

        public Person Get(ReadOnlySpan<byte> name, ReadOnlySpan<byte> email)
        {
            var hash = new HashCode();
            hash.AddBytes(name);
            hash.AddBytes(email);
            var key = hash.ToHashCode();
            if (!_byHash.TryGetValue(key, out var entries))
            {
                _byHash[key] = entries = [];
            }

            foreach (var entry in entries)
            {
                if (name.SequenceEqual(entry.Name) && email.SequenceEqual(entry.Email))
                {
                    return entry.Person;
                }
            }

            var person = new Person(Encoding.UTF8.GetString(name), Encoding.UTF8.GetString(email));
            entries.Add((name.ToArray(), email.ToArray(), person));
            return person;
        }
    }
}
