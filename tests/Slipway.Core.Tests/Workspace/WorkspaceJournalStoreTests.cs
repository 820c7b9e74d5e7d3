using System.Text;
using Slipway.Core.Diagnostics;
using Slipway.Core.Workspace;
using Slipway.Core.Workspace.Run;

namespace Slipway.Core.Tests.Workspace;

/// <summary>The workspace journal, kept in every repository: a kill between the copies' writes leaves the newest one the journal; a damaged one is named.</summary>
public sealed class WorkspaceJournalStoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly LoadedWorkspace _workspace;

    public WorkspaceJournalStoreTests()
    {
        foreach (var name in new[] { "up", "down" })
        {
            GitRepository.Init(Path.Combine(_directory.Path, name)).Write("VERSION", "1.0.0\n").Write("slipway.yaml", "versions:\n  - file: VERSION\n    whole: true\n").Commit("start");
        }

        _workspace = WorkspaceLoader.Parse("repositories:\n  - { name: up, path: up }\n  - { name: down, path: down, after: [up] }\n",
            Path.Combine(_directory.Path, "slipway.workspace.yaml"), "slipway.workspace.yaml");
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Every_repository_keeps_a_copy_and_the_newest_copy_is_the_journal()
    {
        var store = new WorkspaceJournalStore(_workspace);
        var journal = new WorkspaceJournal { Name = "1.1.0", Created = DateTimeOffset.UtcNow, Repositories = [Member("up"), Member("down")] };
        store.Save(journal);
        var older = File.ReadAllText(Copy("down"));

        journal.Member("up").State = MemberState.Released;
        store.Save(journal);
        File.WriteAllText(Copy("down"), older); // killed before the second copy was written

        var loaded = store.InProgress().ShouldNotBeNull();
        loaded.Member("up").State.ShouldBe(MemberState.Released);
        File.Exists(Copy("up")).ShouldBeTrue();
    }

    [Fact]
    public void A_damaged_copy_is_named_with_where_to_restore_it_from()
    {
        var store = new WorkspaceJournalStore(_workspace);
        store.Save(new WorkspaceJournal { Name = "1.1.0", Created = DateTimeOffset.UtcNow, Repositories = [Member("up"), Member("down")] });
        File.WriteAllText(Copy("up"), "{ \"format\": \"slipway-workspace/9\" }");

        var error = Should.Throw<SlipwayException>(store.InProgress);

        error.Kind.ShouldBe(Errors.WorkspaceJournalUnreadable);
        error.Message.ShouldContain(Copy("up"));
        error.Hint!.ShouldContain("restore it from another repository");
    }

    [Fact]
    public void The_journal_of_many_repositories_at_versions_of_their_own_is_kept_under_a_file_name_the_file_system_takes()
    {
        var store = new WorkspaceJournalStore(_workspace);
        var name = WorkspaceJournal.NameFor(Enumerable.Range(1, 20).Select(i => ($"repository-with-a-long-name-{i}", $"1.{i}.0")).ToList());
        Encoding.UTF8.GetByteCount(name).ShouldBeGreaterThan(255);
        var journal = new WorkspaceJournal { Name = name, Created = DateTimeOffset.UtcNow, Repositories = [Member("up"), Member("down")] };

        store.Save(journal);

        store.InProgress().ShouldNotBeNull().Name.ShouldBe(name);
        var file = Directory.EnumerateFiles(Path.GetDirectoryName(Copy("up"))!, "*.json").Single();
        Encoding.UTF8.GetByteCount(Path.GetFileName(file)).ShouldBeLessThan(255);
        Path.GetFileName(file).ShouldStartWith("repository-with-a-long-name-1 1.1.0, ");
        store.Archive(journal, "aborted");
        store.InProgress().ShouldBeNull();
    }

    [Fact]
    public void A_long_name_is_never_cut_inside_a_character()
    {
        var store = new WorkspaceJournalStore(_workspace);
        // 39 characters, then pairs of surrogates: the 40th character is the first half of one.
        var name = WorkspaceJournal.NameFor([("r" + new string('x', 37) + " " + string.Concat(Enumerable.Repeat("\U0001F680", 40)), "1.1.0"), ("down", "1.2.0")]);
        var journal = new WorkspaceJournal { Name = name, Created = DateTimeOffset.UtcNow, Repositories = [Member("up"), Member("down")] };

        store.Save(journal);

        var file = Path.GetFileName(Directory.EnumerateFiles(Path.GetDirectoryName(Copy("up"))!, "*.json").Single());
        file.ShouldNotContain("\uFFFD");
        file.ShouldStartWith("r" + new string('x', 37) + "-");
        store.InProgress().ShouldNotBeNull().Name.ShouldBe(name);
    }

    private static MemberRecord Member(string name) => new() { Name = name, Version = "1.1.0", Tag = "1.1.0" };

    private string Copy(string repository) => Path.Combine(_directory.Path, repository, ".git", "slipway", "workspace", "1.1.0.json");
}
