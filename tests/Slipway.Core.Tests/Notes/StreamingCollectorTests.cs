using System.Text;
using Slipway.Core.Configuration;
using Slipway.Core.History;
using Slipway.Core.Notes;

namespace Slipway.Core.Tests.Notes;

/// <summary>
/// The collector follows the main line while the log streams in and lets its plain commits go; what
/// it lists must be what a collection of the whole log lists, even when clock skew makes git print a
/// first parent before its child.
/// </summary>
public sealed class StreamingCollectorTests
{
    // Ids: a hex digit repeated 40 times. main: a <- b <- 9(b, f) <- c <- d <- e(d, 7); f is a PR branch off a, 7 one off c.
    private static readonly (char Id, string Parents, string Subject)[] History =
    [
        ('e', "d 7", "Merge pull request #5 from someone/y"),
        ('7', "c", "fix: y on a branch"),
        ('d', "c", "feat: d (#4)"),
        ('c', "9", "fix: c (#3)"),
        ('9', "b f", "Merge pull request #2 from someone/x"),
        ('f', "a", "feat: x on a branch"),
        ('b', "a", "docs: b (#1)"),
        ('a', "", "chore: first"),
    ];

    [Fact]
    public void Streams_to_the_same_changes_as_a_whole_log()
    {
        AssertSameChanges(History);
    }

    [Fact]
    public void Streams_to_the_same_changes_when_a_parent_is_printed_before_its_child()
    {
        // c (first parent of d) printed before d: the streamed main line stops there and the rest is followed in the log.
        AssertSameChanges([History[0], History[1], History[3], History[2], .. History[4..]]);
    }

    private static void AssertSameChanges((char Id, string Parents, string Subject)[] commits)
    {
        var whole = new ChangeCollector(NotesSettings.Default).Collect(HistoryReader.ReadFrom(Log(commits)));
        var streaming = new ChangeCollector(NotesSettings.Default);
        streaming.Restart();
        var log = HistoryReader.ReadFrom(Log(commits), streaming.Prepare);
        var streamed = streaming.Collect(log);

        log.Total.ShouldBe(commits.Length);
        streamed.Select(Describe).ShouldBe(whole.Select(Describe));
        whole.Select(c => c.PullRequest).ShouldBe([null, 1, 2, 3, 4, 5]);
    }

    private static string Describe(ChangeModel change) => $"{change.Id.Abbreviated} {change.Title} #{change.PullRequest} {change.Commits}";

    private static MemoryStream Log((char Id, string Parents, string Subject)[] commits)
    {
        var text = new StringBuilder();
        foreach (var (id, parents, subject) in commits)
        {
            var parentIds = string.Join(' ', parents.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => new string(p[0], 40)));
            var body = subject.StartsWith("Merge", StringComparison.Ordinal) ? $"{subject}\n\nfeat: the PR title of {id}\n" : subject + "\n";
            text.Append(new string(id, 40)).Append('\0').Append(parentIds).Append('\0').Append("Ann\0ann@example.com\0").Append(1_700_000_000).Append('\0').Append(body).Append('\0');
        }

        return new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
