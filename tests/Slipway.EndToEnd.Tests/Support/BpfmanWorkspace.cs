namespace Slipway.EndToEnd.Tests.Support;

/// <summary>
/// bpfman and bpfman-operator as a workspace, with bare remotes: bpfman a Cargo workspace that also
/// holds a Go module; the operator a Go module that requires it, with go.sum and vendor/modules.txt
/// and a bundle; an independent third repository; and a clone of community-operators (with its
/// remote) that the operator's bundle is handed off to. Every repository was released as 0.8.0 and
/// has changed since.
/// </summary>
public sealed class BpfmanWorkspace : IDisposable
{
    private const string Handoff = """
        handoffs:
          - name: community-operators
            from: bpfman-operator
            target:
              path: {community}
              repository: k8s-operatorhub/community-operators
            branch: bpfman-operator-{version}
            copy:
              - from: bundle/
                to: operators/bpfman-operator/{version}/
            commit: "operator bpfman-operator ({version})"
            signoff: true
        """;

    private readonly List<IDisposable> _owned = [];

    /// <param name="versionMode">The workspace file's <c>version:</c> (absent: the default, shared).</param>
    public BpfmanWorkspace(bool handoff = true, string? versionMode = null)
    {
        Bpfman = Repository("bpfman", out var bpfmanOrigin);
        BpfmanOrigin = bpfmanOrigin;
        Bpfman.Write("Cargo.toml", "[workspace]\nmembers = [\"bpfman\"]\n\n[workspace.package]\nversion = \"0.8.0\"\n");
        Bpfman.Write("go.mod", "module github.com/bpfman/bpfman\n\ngo 1.22\n");
        Bpfman.Write("clients/gobpfman/v1/client.go", "package v1\n\n// Client talks to bpfman.\ntype Client struct{}\n");
        Bpfman.Write("slipway.yaml", "name: bpfman\ntag: v{version}\nversions:\n  - file: Cargo.toml\n    toml: workspace.package.version\n");
        Released(Bpfman, "feat: load programs by name");

        Operator = Repository("bpfman-operator", out var operatorOrigin);
        OperatorOrigin = operatorOrigin;
        Operator.Write("Makefile", "VERSION ?= 0.8.0\n");
        Operator.Write("go.mod", "module github.com/bpfman/bpfman-operator\n\ngo 1.22\n\nrequire (\n\tgithub.com/bpfman/bpfman v0.8.0\n\tgithub.com/go-logr/logr v1.4.1\n)\n");
        Operator.Write("go.sum", "github.com/bpfman/bpfman v0.8.0 h1:0ldHashOfTheModuleAtV080xxxxxxxxxxxxxxxxxxx=\ngithub.com/bpfman/bpfman v0.8.0/go.mod h1:0ldHashOfItsGoModAtV080xxxxxxxxxxxxxxxxxxxx=\ngithub.com/go-logr/logr v1.4.1 h1:logrHashStaysAsItIsxxxxxxxxxxxxxxxxxxxxxxxx=\n");
        Operator.Write("vendor/modules.txt", "# github.com/bpfman/bpfman v0.8.0\n## explicit; go 1.22\ngithub.com/bpfman/bpfman/clients/gobpfman/v1\n# github.com/go-logr/logr v1.4.1\n## explicit; go 1.18\ngithub.com/go-logr/logr\n");
        Operator.Write("bundle/manifests/bpfman-operator.clusterserviceversion.yaml", "kind: ClusterServiceVersion\nspec:\n  version: 0.8.0\n");
        Operator.Write("bundle/metadata/annotations.yaml", "annotations:\n  operators.operatorframework.io.bundle.package.v1: bpfman-operator\n");
        // What 'make bundle' does with the new bpfman version, as an after-bump command: it must see the followed go.mod.
        Operator.Write("hack/bundle.sh", "grep 'github.com/bpfman/bpfman v' go.mod | tr -d '\\t' > bundle/manifests/bpfman-dependency.txt\n");
        Operator.Write("bundle/manifests/bpfman-dependency.txt", "github.com/bpfman/bpfman v0.8.0\n");
        Operator.Write("slipway.yaml", """
            name: bpfman-operator
            tag: v{version}
            versions:
              - file: Makefile
                make: VERSION
              - file: bundle/manifests/bpfman-operator.clusterserviceversion.yaml
                yaml: spec.version
              - file: go.mod
                gomod: github.com/bpfman/bpfman
                follows: bpfman
            after-bump:
              - run: sh hack/bundle.sh

            """);
        Released(Operator, "feat: reconcile TC programs");

        Docs = Repository("bpfman-docs", out var docsOrigin);
        DocsOrigin = docsOrigin;
        Docs.Write("VERSION", "0.8.0\n");
        Docs.Write("slipway.yaml", "name: bpfman-docs\ntag: v{version}\nversions:\n  - file: VERSION\n    whole: true\n");
        Released(Docs, "docs: the operator's install page");

        Community = Repository("community-operators", out var communityOrigin);
        CommunityOrigin = communityOrigin;
        Community.Write("operators/README.md", "One directory per operator and version.\n");
        Community.Commit("initial import");
        Community.Git("push", "-q", "origin", "main");

        Directory = Own(TestRepository.CreateEmpty());
        var workspace = (versionMode is null ? string.Empty : $"version: {versionMode}\n") + $"repositories:\n  - name: bpfman\n    path: {Bpfman.Path}\n  - name: bpfman-operator\n    path: {Operator.Path}\n  - name: bpfman-docs\n    path: {Docs.Path}\n";
        File.WriteAllText(System.IO.Path.Combine(Directory.Path, "slipway.workspace.yaml"), workspace + (handoff ? Handoff.Replace("{community}", Community.Path, StringComparison.Ordinal) + "\n" : string.Empty));
    }

    public TestRepository Bpfman { get; }

    public RemoteRepository BpfmanOrigin { get; }

    public TestRepository Operator { get; }

    public RemoteRepository OperatorOrigin { get; }

    public TestRepository Docs { get; }

    public RemoteRepository DocsOrigin { get; }

    public TestRepository Community { get; }

    public RemoteRepository CommunityOrigin { get; }

    /// <summary>The directory of slipway.workspace.yaml, where the commands run.</summary>
    public TestRepository Directory { get; }

    public IEnumerable<TestRepository> Releasing => [Bpfman, Operator, Docs];

    public void Dispose()
    {
        foreach (var owned in _owned.AsEnumerable().Reverse())
        {
            owned.Dispose();
        }
    }

    private TestRepository Repository(string name, out RemoteRepository origin)
    {
        var repository = Own(TestRepository.Create());
        repository.Write(".gitignore", "/target/\n");
        repository.Commit($"{name}: start");
        origin = Own(RemoteRepository.For(repository));
        return repository;
    }

    // The previous release (v0.8.0, tagged and pushed), and a change since.
    private static void Released(TestRepository repository, string change)
    {
        repository.Commit("release 0.8.0");
        repository.Git("tag", "-a", "v0.8.0", "-m", "v0.8.0");
        repository.Write("CHANGES.md", change + "\n");
        repository.Commit(change);
        repository.Git("push", "-q", "origin", "main", "v0.8.0");
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
