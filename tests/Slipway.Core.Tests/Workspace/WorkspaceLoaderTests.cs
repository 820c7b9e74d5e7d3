using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Workspace;

namespace Slipway.Core.Tests.Workspace;

public sealed class WorkspaceLoaderTests : IDisposable
{
    private const string Plain = "versions:\n  - file: VERSION\n    whole: true\n";
    private const string FollowsBpfman = "versions:\n  - file: VERSION\n    whole: true\n  - file: go.mod\n    gomod: github.com/bpfman/bpfman\n    follows: bpfman\n";

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Loads_bpfman_and_its_operator_in_dependency_order_with_one_shared_version()
    {
        Clone("bpfman-operator", FollowsBpfman);
        Clone("bpfman", Plain);
        var workspace = Load("""
            repositories:
              - name: bpfman-operator
                path: bpfman-operator
              - name: bpfman
                path: ./bpfman
                remote: upstream
            """);

        workspace.Settings.Version.ShouldBe(WorkspaceVersionMode.Shared);
        workspace.Order.Select(m => m.Name).ShouldBe(["bpfman", "bpfman-operator"]);
        workspace["bpfman-operator"].Upstreams.ShouldBe(["bpfman"]);
        workspace["bpfman"].Remote.ShouldBe("upstream");
        workspace["bpfman-operator"].Remote.ShouldBe("origin");
        workspace["bpfman"].Directory.ShouldBe(Path.Combine(_directory.Path, "bpfman"));
        workspace.Follows.Select(f => (f.Downstream.Name, f.Reference.Label)).ShouldBe([("bpfman-operator", "versions[1]")]);
        workspace.Downstreams("bpfman").Select(m => m.Name).ShouldBe(["bpfman-operator"]);
    }

    [Fact]
    public void Independent_repositories_keep_their_declaration_order()
    {
        foreach (var name in new[] { "docs", "operator", "bpfman", "tools", "charts" })
        {
            Clone(name, Plain);
        }

        var workspace = Load("""
            version: per-repository
            repositories:
              - { name: docs, path: docs }
              - { name: operator, path: operator, after: [bpfman] }
              - { name: bpfman, path: bpfman }
              - { name: tools, path: tools }
              - { name: charts, path: charts, after: [operator, docs] }
            """);

        workspace.Settings.Version.ShouldBe(WorkspaceVersionMode.PerRepository);
        workspace.Order.Select(m => m.Name).ShouldBe(["docs", "bpfman", "operator", "tools", "charts"]);
    }

    [Fact]
    public void Reports_every_mistake_of_every_file_at_once_each_with_its_place()
    {
        Clone("bpfman", Plain);
        Clone("operator", FollowsBpfman.Replace("follows: bpfman", "follows: bpfmann", StringComparison.Ordinal));
        Clone("broken", "versions:\n  - file: VERSION\n    wole: true\n");
        Clone("noconfig", null);
        Directory.CreateDirectory(Path.Combine(_directory.Path, "not-a-clone"));
        var error = Should.Throw<SlipwayException>(() => Load("""
            version: shared-ish
            repositories:
              - name: bpfman
                path: bpfman
              - name: operator
                path: operator
                after: [bpfmna]
              - name: broken
                path: broken
              - name: noconfig
                path: noconfig
              - name: gone
                path: ../elsewhere/gone
              - name: plain
                path: not-a-clone
              - name: bpfman
                path: bpfman
              - name: bad name
                path: bpfman
                colour: red
            handoffs:
              - name: community
                from: operatr
                target: { path: bpfman, repository: k8s-operatorhub/community-operators }
                copy:
                  - from: bundle/
                    to: "operators/x/{version}/"
            """));

        error.Kind.ShouldBe(Errors.WorkspaceInvalid);
        error.Kind.Exit.ShouldBe(ExitCode.Usage);
        error.Message.ShouldBe("slipway.workspace.yaml has 12 mistakes");
        var gone = Path.Combine(Path.GetDirectoryName(_directory.Path)!, "elsewhere", "gone");
        error.Details.ShouldBe([
            "slipway.workspace.yaml:1:10: version must be 'shared' (one version for every repository) or 'per-repository', found 'shared-ish'",
            "slipway.workspace.yaml:7:13: operator is after bpfmna, but the workspace has no repository 'bpfmna' (did you mean 'bpfman'?); its repositories: bpfman, operator, broken, noconfig, gone, plain",
            "slipway.workspace.yaml:10:5: repositories[3]: 'noconfig' has no slipway.yaml in noconfig; run 'slipway init' there, or set 'config:'",
            $"slipway.workspace.yaml:13:11: repositories[4].path: no directory '../elsewhere/gone' (resolved to {gone}); clone the repository there or correct the path",
            "slipway.workspace.yaml:15:11: repositories[5].path: 'not-a-clone' is not a git clone (it has no .git)",
            "slipway.workspace.yaml:16:5: repositories[6]: the name 'bpfman' is already used on line 3; names must be unique",
            "slipway.workspace.yaml:18:11: repositories[7].name must be a repository name (letters, digits, '.', '-' and '_', starting with a letter or digit), found 'bad name'",
            "slipway.workspace.yaml:20:5: unknown key 'colour' in repositories[7]; allowed: name, path, config, remote, after",
            "slipway.workspace.yaml:23:11: handoff 'community' comes from 'operatr', but the workspace has no repository 'operatr' (did you mean 'operator'?); its repositories: bpfman, operator, broken, noconfig, gone, plain",
            "operator/slipway.yaml:4:5: operator's versions[1] follows bpfmann, but the workspace has no repository 'bpfmann' (did you mean 'bpfman'?); its repositories: bpfman, operator, broken, noconfig, gone, plain",
            "broken/slipway.yaml:2:5: versions[0] names no locator; add one of: make, yaml, toml, json, xml, gomod, regex, whole",
            "broken/slipway.yaml:3:5: unknown key 'wole' in versions[0] (did you mean 'whole'?); allowed: file, files, make, yaml, toml, json, xml, gomod, regex, whole, value, count, optional, when, follows",
        ]);
    }

    [Fact]
    public void Names_the_cycle_and_every_edge_in_it_whether_written_as_after_or_as_follows()
    {
        Clone("bpfman", FollowsBpfman.Replace("follows: bpfman", "follows: operator", StringComparison.Ordinal));
        Clone("operator", Plain);
        Clone("docs", Plain);
        Clone("lonely", Plain);
        var error = Should.Throw<SlipwayException>(() => Load("""
            repositories:
              - name: bpfman
                path: bpfman
              - name: operator
                path: operator
                after: [docs]
              - name: docs
                path: docs
                after: [bpfman]
              - name: lonely
                path: lonely
                after: [lonely]
            """));

        error.Details.ShouldBe([
            "slipway.workspace.yaml:12:13: lonely is after lonely: a repository cannot wait for its own release; name another repository of the workspace",
            "bpfman/slipway.yaml:4:5: the repositories wait for each other in a cycle, bpfman → operator → docs → bpfman: "
                + "bpfman's versions[1] follows operator (bpfman/slipway.yaml:4:5); operator is after docs (slipway.workspace.yaml:6:13); "
                + "docs is after bpfman (slipway.workspace.yaml:9:13); remove one of these",
        ]);
    }

    [Fact]
    public void Reports_each_separate_cycle()
    {
        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            Clone(name, Plain);
        }

        var error = Should.Throw<SlipwayException>(() => Load("""
            repositories:
              - { name: a, path: a, after: [b] }
              - { name: b, path: b, after: [a] }
              - { name: c, path: c, after: [d, a] }
              - { name: d, path: d, after: [c] }
            """));

        error.Details.Count.ShouldBe(2);
        error.Details[0].ShouldStartWith("slipway.workspace.yaml:2:33: the repositories wait for each other in a cycle, a → b → a:");
        error.Details[1].ShouldStartWith("slipway.workspace.yaml:4:33: the repositories wait for each other in a cycle, c → d → c:");
    }

    [Fact]
    public void One_clone_under_two_names_or_two_spellings_is_refused()
    {
        Clone("bpfman", Plain);
        Directory.CreateSymbolicLink(Path.Combine(_directory.Path, "linked"), Path.Combine(_directory.Path, "bpfman"));
        var error = Should.Throw<SlipwayException>(() => Load("""
            repositories:
              - { name: bpfman, path: bpfman }
              - { name: bpfman-again, path: ./bpfman/ }
              - { name: bpfman-linked, path: linked }
            """));
        error.Details.ShouldBe([
            "slipway.workspace.yaml:3:5: repositories[1]: 'bpfman-again' is the same clone as 'bpfman' (line 2); a clone is released once",
            "slipway.workspace.yaml:4:5: repositories[2]: 'bpfman-linked' is the same clone as 'bpfman' (line 2); a clone is released once",
        ]);
    }

    [Fact]
    public void Reads_a_hand_off_with_its_defaults()
    {
        Clone("operator", Plain);
        Clone("community-operators", null);
        var handoff = Load("""
            repositories:
              - { name: operator, path: operator }
            handoffs:
              - name: community
                from: operator
                target:
                  path: community-operators
                  repository: k8s-operatorhub/community-operators
                copy:
                  - from: bundle/
                    to: operators/bpfman-operator/{version}/
                  - from: README.md
                    to: operators/bpfman-operator/{version}/
            """).Settings.Handoffs.Single();

        handoff.From.Name.ShouldBe("operator");
        handoff.Target.FullPath.ShouldBe(Path.Combine(_directory.Path, "community-operators"));
        handoff.Target.Remote.ShouldBe("origin");
        handoff.Target.Base.ShouldBe("main");
        handoff.Branch.Source.ShouldBe("slipway/community/{version}");
        handoff.CommitMessage.Source.ShouldBe("operator {version}");
        handoff.PullRequestTitle.ShouldBe(handoff.CommitMessage);
        handoff.Copies.Select(c => (c.From.Source, c.To.Source, c.IsDirectory)).ShouldBe([
            ("bundle/", "operators/bpfman-operator/{version}/", true),
            ("README.md", "operators/bpfman-operator/{version}/", false),
        ]);
    }

    [Fact]
    public void Refuses_hand_offs_that_could_not_run()
    {
        Clone("operator", Plain);
        var error = Should.Throw<SlipwayException>(() => Load("""
            repositories:
              - { name: operator, path: operator }
            handoffs:
              - name: community
                from: operator
                target: { path: operator, repository: community-operators, remote: "my fork" }
                branch: "release-{versoin}"
                copy:
                  - from: bundle/
                    to: operators/{version}
                  - from: ../secrets
                    to: x
                  - from: a
              - name: community
                from: operator
                copy: []
            """));

        error.Details.ShouldBe([
            "slipway.workspace.yaml:6:43: handoffs[0].target.repository must be the repository the pull request goes to, as owner/name, found 'community-operators'",
            "slipway.workspace.yaml:6:72: handoffs[0].target.remote must be the name of the fork's remote in the clone (letters, digits, '.', '-' and '_', starting with a letter or digit), found 'my fork'",
            "slipway.workspace.yaml:7:22: handoffs[0].branch: unknown placeholder '{versoin}'; allowed here: {build}, {major}, {minor}, {patch}, {prerelease}, {tag}, {version}",
            "slipway.workspace.yaml:9:9: handoffs[0].copy[0]: 'bundle/' is a directory (it ends in '/'), so 'to' must be one too, found 'operators/{version}'",
            "slipway.workspace.yaml:11:9: handoffs[0].copy[1] needs both 'from' (a path in the released repository) and 'to' (a path in the target clone)",
            "slipway.workspace.yaml:11:15: handoffs[0].copy[1].from must be a path inside the released repository, relative to it and without '..', found '../secrets'",
            "slipway.workspace.yaml:13:9: handoffs[0].copy[2] needs both 'from' (a path in the released repository) and 'to' (a path in the target clone)",
            "slipway.workspace.yaml:14:5: handoffs[1] has no 'target'; add the clone, remote and repository it goes to",
            "slipway.workspace.yaml:16:11: handoffs[1].copy is empty; list at least one 'from:'/'to:' pair",
        ]);
    }

    [Fact]
    public void Finds_the_workspace_file_in_the_directory_or_where_it_is_told()
    {
        WorkspaceLoader.Find(_directory.Path).ShouldBeNull();
        _directory.Write("slipway.workspace.yaml", "repositories: []\n");
        WorkspaceLoader.Find(_directory.Path).ShouldBe(Path.Combine(_directory.Path, "slipway.workspace.yaml"));
        var error = Should.Throw<SlipwayException>(() => WorkspaceLoader.Find(_directory.Path, "release/workspace.yaml"));
        error.Kind.ShouldBe(Errors.WorkspaceNotFound);
        error.Message.ShouldBe("release/workspace.yaml not found");
    }

    [Theory]
    [InlineData("", "slipway.workspace.yaml:1:1: the file is empty; it needs a 'repositories:' list")]
    [InlineData("version: shared\n", "slipway.workspace.yaml:1:1: there is no 'repositories:' list; name at least one repository (name, path)")]
    [InlineData("repositories: []\n", "slipway.workspace.yaml:1:15: repositories is empty; list at least one repository (name, path)")]
    [InlineData("repositories:\n  - path: x\n", "slipway.workspace.yaml:2:5: repositories[0] has no 'name'; add a name that other entries refer to")]
    [InlineData("repositories: [\n", "slipway.workspace.yaml:2:1: not valid YAML: While parsing a node, did not find expected node content.")]
    public void Explains_what_is_missing_in_a_file_that_names_no_repository(string text, string expected)
    {
        var error = Should.Throw<SlipwayException>(() => Load(text));
        error.Details.ShouldContain(expected);
    }

    private LoadedWorkspace Load(string text)
    {
        var path = _directory.Write("slipway.workspace.yaml", text);
        return WorkspaceLoader.Load(path, "slipway.workspace.yaml");
    }

    private void Clone(string name, string? config)
    {
        var clone = GitRepository.Init(Path.Combine(_directory.Path, name));
        if (config is not null)
        {
            clone.Write("slipway.yaml", config);
        }
    }
}
