using Slipway.Core.Diagnostics;
using Slipway.Core.Git;
using Slipway.Core.History;

namespace Slipway.Core.Tests.Git;

/// <summary>
/// Values that look like options reach git only after --end-of-options, so git never reads them as
/// one: '--upload-pack=touch pwned' as a remote runs nothing, and '-d0.1.0' as a tag deletes nothing.
/// The loader refuses such names first; this is the second wall, for every git call that takes a value.
/// </summary>
public sealed class HostileGitValueTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly GitRunner _git;
    private readonly string _head;

    public HostileGitValueTests()
    {
        _git = new GitRunner(_directory.Path);
        foreach (var command in new[] { "init -q -b main", "config user.name T", "config user.email t@example.com", "config commit.gpgsign false" })
        {
            _git.Check(command.Split(' '));
        }

        _directory.Write("VERSION", "0.1.0\n");
        _git.Check("add", "VERSION");
        _git.Check("commit", "-q", "-m", "initial");
        _git.Check("tag", "0.1.0");
        _head = _git.Check("rev-parse", "HEAD").Trim();

        // With a reachable origin, git fetch --upload-pack=CMD would run CMD: the attack of the issue.
        var origin = Path.Combine(_directory.Path, ".git", "origin.git");
        _git.Check("init", "-q", "--bare", origin);
        _git.Check("remote", "add", "origin", origin);
        _git.Check("push", "-q", "origin", "main");
    }

    public void Dispose() => _directory.Dispose();

    private string Pwned => Path.Combine(_directory.Path, "pwned");

    [Fact]
    public void A_remote_named_as_an_option_runs_no_command()
    {
        var writer = new GitWriter(_git);
        var reader = new GitReader(_git);
        Should.Throw<SlipwayException>(() => writer.Fetch("--upload-pack=touch pwned")).Kind.ShouldBe(Errors.RemoteUnreachable);
        Should.Throw<SlipwayException>(() => reader.RemoteRef("--upload-pack=touch pwned", "refs/heads/main")).Kind.ShouldBe(Errors.RemoteUnreachable);
        Should.Throw<SlipwayException>(() => writer.Push("--receive-pack=touch pwned", "refs/heads/main")).Kind.ShouldBe(Errors.RemoteUnreachable);
        File.Exists(Pwned).ShouldBeFalse();
    }

    [Fact]
    public void A_tag_named_as_an_option_deletes_nothing()
    {
        var writer = new GitWriter(_git);
        Should.Throw<SlipwayException>(() => writer.Tag("-d0.1.0", _head, "Release", sign: false)).Message.ShouldContain("not a valid tag name");
        Should.Throw<SlipwayException>(() => writer.DeleteTag("-l"));
        new GitReader(_git).Tags().ShouldBe(["0.1.0"]);
    }

    [Fact]
    public void Branch_and_revision_values_are_never_options()
    {
        var writer = new GitWriter(_git);
        var reader = new GitReader(_git);
        Should.Throw<SlipwayException>(() => writer.Switch("-"));
        Should.Throw<SlipwayException>(() => writer.CreateBranch("--orphan", _head));
        Should.Throw<SlipwayException>(() => writer.DeleteBranch("--all"));
        Should.Throw<SlipwayException>(() => writer.FastForward("--abort"));
        Should.Throw<ArgumentException>(() => writer.ResetHard("--merge"));
        reader.Resolve("--output=pwned").ShouldBeNull();
        reader.IsAncestor("--output=pwned", _head).ShouldBeFalse();
        Should.Throw<SlipwayException>(() => reader.Subject("--output=pwned"));
        Should.Throw<SlipwayException>(() => reader.Commits("--output=pwned"));
        Should.Throw<SlipwayException>(() => HistoryReader.Read(_git, null, "--output=pwned"));
        File.Exists(Pwned).ShouldBeFalse();
        reader.CurrentBranch().ShouldBe("main");
        reader.Resolve("HEAD").ShouldBe(_head);
    }

    [Fact]
    public void Ordinary_values_still_work_after_the_marker()
    {
        var writer = new GitWriter(_git);
        var reader = new GitReader(_git);
        writer.CreateBranch("release/v0.2.0", _head);
        reader.CurrentBranch().ShouldBe("release/v0.2.0");
        writer.Switch("main");
        writer.Tag("v0.2.0", _head, "Release v0.2.0", sign: false);
        reader.LocalTag("v0.2.0").ShouldNotBeNull();
        reader.Subject(_head).ShouldBe("initial");
        reader.Commits(_head, "--max-count=1").ShouldBe([_head]);
        writer.ResetHard("HEAD");
        writer.DeleteBranch("release/v0.2.0");
        reader.BranchExists("release/v0.2.0").ShouldBeFalse();
    }
}
