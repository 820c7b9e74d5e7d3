namespace Slipway.EndToEnd.Tests.Support;

/// <summary>
/// A KubeOpenCode-like repository whose CRDs change in known ways over seven releases, with the
/// upgrade table kept for the first four and then forgotten (one of its rows wrong), as the real
/// project's table went:
/// v0.1.0 Agent and Task CRDs (row Yes) · v0.2.0 Agent gains .spec.skills (row Yes) · v0.3.0 no CRD
/// change (row No) · v0.4.0 Task loses .spec.legacy (row says No: wrong) · v0.5.0 descriptions only
/// (no row) · v0.6.0 Task's mode enum loses Unmanaged (no row) · v0.7.0 no CRD change (no row) ·
/// then HEAD: the Go types change, the CRDs are not regenerated.
/// </summary>
public static class CrdHistory
{
    public const string Config = """
        versions:
          - file: VERSION
            whole: true
        api:
          crds: [config/crd/bases/*.yaml]
          history: docs/upgrading.md
          types: ["api/**/*.go"]

        """;

    public static TestRepository Create(string config = Config)
    {
        var repo = TestRepository.Create();
        var table = new List<string>();
        repo.Write("slipway.yaml", config);
        Release(repo, table, "0.1.0", agent: Agent(skills: false, "Agent runs an AI coding agent."), task: Task(legacy: true, ["Managed", "Unmanaged"]),
            rows: ["| v0.1.0  | Yes         | Initial release |"], types: "type AgentSpec struct{}\n");
        Release(repo, table, "0.2.0", agent: Agent(skills: true, "Agent runs an AI coding agent."), rows: ["| v0.2.0  | Yes         | Added `skills` to Agent |"],
            types: "type AgentSpec struct{ Skills []string }\n");
        Release(repo, table, "0.3.0", rows: ["| v0.3.0  | No          | Bug fixes only |"], code: "fix a bug\n");
        Release(repo, table, "0.4.0", task: Task(legacy: false, ["Managed", "Unmanaged"]), rows: ["| v0.4.0  | No          | Bug fixes only |"]);
        Release(repo, table, "0.5.0", agent: Agent(skills: true, "An Agent runs an AI coding agent in a pod."));
        Release(repo, table, "0.6.0", task: Task(legacy: false, ["Managed"]));
        Release(repo, table, "0.7.0", code: "another fix\n");
        repo.Write("api/v1alpha1/agent_types.go", "type AgentSpec struct{ Skills []string; Standby bool }\n");
        repo.Commit("feat: standby agents (CRDs not regenerated) (#41)"); // a pull request: whats-changed lists pull requests only, as GitHub does
        return repo;
    }

    private static void Release(TestRepository repo, List<string> table, string version, string? agent = null, string? task = null, string[]? rows = null, string? types = null, string? code = null)
    {
        repo.Write("VERSION", version + "\n");
        if (agent is not null)
        {
            repo.Write("config/crd/bases/kubeopencode.io_agents.yaml", agent);
        }

        if (task is not null)
        {
            repo.Write("config/crd/bases/kubeopencode.io_tasks.yaml", task);
        }

        if (types is not null)
        {
            repo.Write("api/v1alpha1/agent_types.go", types);
        }

        if (code is not null)
        {
            repo.Write("internal/controller/notes.txt", code);
        }

        table.InsertRange(0, rows ?? []);
        repo.Write("docs/upgrading.md", Upgrading(table));

        repo.Commit($"chore: release v{version}");
        repo.Git("tag", "-a", "-m", $"Release v{version}", $"v{version}");
    }

    public static string Upgrading(IEnumerable<string> rows) => $"""
        # Upgrading KubeOpenCode

        `helm upgrade` does not update CRDs: apply them first.

        ## Version History with CRD Changes

        | Version | CRD Changes | Description |
        |---------|-------------|-------------|
        {string.Join("\n", rows)}

        """;

    public static string Agent(bool skills, string description) => $$"""
        ---
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: agents.kubeopencode.io
        spec:
          group: kubeopencode.io
          names:
            kind: Agent
            listKind: AgentList
            plural: agents
            singular: agent
          scope: Namespaced
          versions:
          - name: v1alpha1
            served: true
            storage: true
            schema:
              openAPIV3Schema:
                description: {{description}}
                type: object
                properties:
                  spec:
                    type: object
                    properties:
                      image:
                        type: string
        {{(skills ? "              skills:\n                type: array\n                items:\n                  type: string\n" : string.Empty)}}
        """;

    public static string Task(bool legacy, string[] modes) => $$"""
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: tasks.kubeopencode.io
        spec:
          group: kubeopencode.io
          names:
            kind: Task
            listKind: TaskList
            plural: tasks
            singular: task
          scope: Namespaced
          versions:
          - name: v1alpha1
            served: true
            storage: true
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  spec:
                    type: object
                    properties:
                      mode:
                        type: string
                        enum: [{{string.Join(", ", modes)}}]
        {{(legacy ? "              legacy:\n                type: string\n" : string.Empty)}}
        """;
}
