namespace Slipway.Benchmarks;

internal readonly record struct HistoryShape(int Total, int Merges, int Tags);

/// <summary>Turns pull requests into commits, merges and tags on the fast-import stream.</summary>
internal sealed class HistoryWriter(FastImportStream stream, Random random)
{
    private const long Step = 600; // ten minutes between commits, in stream order
    private static readonly long Start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    private readonly PullRequests pullRequests = new(random);
    private readonly string[] files = HistoryVocabulary.Files();
    private int mark;
    private long time = Start - Step;
    private int main; // the mark of main's tip; 0 before the root commit
    private int merges;
    private int tags;

    public HistoryShape Write(int commits)
    {
        var tagger = pullRequests.Human();
        for (var landed = 1; landed <= commits; landed++)
        {
            var pr = pullRequests.Next();

            // The last commit stays a squash so that it alone adds the release files.
            if (!pr.ByBot && main != 0 && landed < commits && random.Next(9) == 0)
            {
                Merge(pr);
            }
            else
            {
                Squash(pr, landed == commits ? commits / HistoryGenerator.CommitsPerRelease : -1);
            }

            if (landed % HistoryGenerator.CommitsPerRelease == 0)
            {
                var tag = $"v0.{landed / HistoryGenerator.CommitsPerRelease}.0";
                stream.Tag(tag, main, tagger, time, $"Release {tag}\n");
                tags++;
            }
        }

        return new HistoryShape(mark, merges, tags);
    }

    private void Squash(PullRequest pr, int release)
    {
        var commit = Begin(pr.Author, HistoryVocabulary.GitHub, pr.SquashMessage, main);
        stream.Modify(random.Pick(files), Content());
        if (release >= 0)
        {
            stream.Modify("VERSION", $"0.{release}.0\n");
            stream.Modify("slipway.yaml", "name: bench\nversions:\n  - file: VERSION\n    whole: true\nnotes:\n  style: github-sections\n");
        }

        stream.EndCommit();
        main = commit;
    }

    /// <summary>A branch of 1–3 commits forked from main's tip, then a merge commit on main.</summary>
    private void Merge(PullRequest pr)
    {
        var changed = new Dictionary<string, string>();
        var tip = main;
        var work = pr.Title[(pr.Title.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            tip = Begin(pr.Author, pr.Author, $"{work}\n\nSigned-off-by: {pr.Author}\n", tip);
            var path = random.Pick(files);
            changed[path] = Content();
            stream.Modify(path, changed[path]);
            stream.EndCommit();
            work = pullRequests.BranchSubject();
        }

        main = Begin(pr.Author, HistoryVocabulary.GitHub, pr.MergeMessage, main);
        stream.Merge(tip);

        // The merged tree is main's (the fork point) plus what the branch changed.
        foreach (var (path, content) in changed)
        {
            stream.Modify(path, content);
        }

        stream.EndCommit();
        merges++;
    }

    private int Begin(Person author, Person committer, string message, int parent)
    {
        mark++;
        time += Step;
        stream.Commit(mark, author, committer, time, message);
        if (parent != 0)
        {
            stream.From(parent);
        }

        return mark;
    }

    private string Content() => $"revision {mark}\nlast changed at {time}\n";
}
