namespace Slipway.Benchmarks;

/// <summary>
/// The words, people and files the generated history is made of. Plain lists: the shape of the
/// history matters to the benchmark, not the prose.
/// </summary>
internal static class HistoryVocabulary
{
    public static readonly Person Dependabot = new("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com");
    public static readonly Person Renovate = new("renovate[bot]", "29139614+renovate[bot]@users.noreply.github.com");

    /// <summary>The committer of every squash and merge commit, as on GitHub.</summary>
    public static readonly Person GitHub = new("GitHub", "noreply@github.com");

    public static readonly string[] Scopes =
    [
        "api", "cli", "config", "controller", "parser", "release", "git", "notes", "audit", "bump", "yaml", "toml",
        "json", "helm", "docker", "ci", "docs", "tests", "cache", "logging", "metrics", "auth", "webhook", "operator",
    ];

    public static readonly string[] Nouns =
    [
        "retry budget", "cache eviction", "config loader", "tag lookup", "version parser", "release branch", "changelog",
        "manifest writer", "lock file", "progress output", "error message", "exit code", "dry run", "webhook handler",
        "token refresh", "rate limiter", "commit walker", "merge base", "pre-release label", "build metadata",
        "schema validation", "default branch", "signing key", "checksum", "archive", "mirror", "proxy settings",
        "timeout", "log level", "JSON output", "shell completion", "workspace", "monorepo layout", "path filter",
    ];

    public static readonly string[] Adjectives =
    [
        "stale", "missing", "empty", "nested", "duplicate", "large", "remote", "annotated", "lightweight", "shallow",
        "detached", "signed", "unicode", "relative", "quoted", "concurrent", "partial", "cached",
    ];

    public static readonly Dictionary<string, string[]> Verbs = new()
    {
        ["feat"] = ["add", "support", "introduce", "allow", "expose", "detect", "print", "configure"],
        ["fix"] = ["handle", "avoid", "correct", "prevent", "fix", "reject", "respect", "restore"],
        ["refactor"] = ["extract", "simplify", "split", "rename", "move", "inline", "unify"],
        ["docs"] = ["document", "clarify", "describe", "explain", "update docs for"],
        ["test"] = ["cover", "add tests for", "stabilise tests of", "table-drive tests of"],
        ["ci"] = ["cache", "pin", "run", "split", "retry"],
        ["perf"] = ["speed up", "avoid allocations in", "batch", "stream", "parallelise"],
        ["chore"] = ["tidy", "remove unused", "reformat", "regenerate"],
    };

    /// <summary>Conventional types by weight: features and fixes dominate, as in most projects.</summary>
    public static readonly string[] Types =
    [
        "feat", "feat", "feat", "feat", "feat", "feat", "fix", "fix", "fix", "fix", "fix", "fix",
        "refactor", "refactor", "docs", "docs", "test", "test", "ci", "perf", "chore",
    ];

    public static readonly string[] Packages =
    [
        "github.com/spf13/cobra", "golang.org/x/net", "k8s.io/client-go", "sigs.k8s.io/controller-runtime",
        "github.com/stretchr/testify", "actions/checkout", "actions/setup-go", "docker/build-push-action",
        "serde", "tokio", "clap", "Newtonsoft.Json", "xunit", "YamlDotNet", "eslint", "typescript", "webpack",
    ];

    public static readonly string[] BranchWork =
    [
        "address review comments", "fix tests", "wip", "fix lint", "apply suggestions from code review",
        "rename after review", "add missing test", "update docs", "simplify",
    ];

    private static readonly string[] FirstNames =
    [
        "Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi", "Ivan", "Judy", "Mallory", "Niaj",
        "Olivia", "Peggy", "Rupert", "Sybil", "Trent", "Victor", "Walter", "Yuki", "Zoë", "José", "Ana", "Björn",
        "Chen", "Dmitri", "Fatima", "Hiroshi", "Ingrid", "Kwame", "Lucía", "Mehmet", "Noor", "Priya", "Søren",
    ];

    private static readonly string[] LastNames =
    [
        "Smith", "Jones", "García", "Müller", "Rossi", "Kowalski", "Nguyen", "Kim", "Patel", "Okafor", "Silva",
        "Andersen", "Dubois", "Tanaka", "Ivanova", "Novak", "Cohen", "O'Brien", "Larsen", "Haddad",
    ];

    /// <summary>Up to 700 distinct people, a third of them with GitHub's private noreply address.</summary>
    public static Person[] Humans(int count = 300)
    {
        var people = new Person[count];
        for (var i = 0; i < count; i++)
        {
            // Stepping by 3 (coprime to 35 × 20) visits every first/last pair once, in a mixed order.
            var pair = i * 3 % (FirstNames.Length * LastNames.Length);
            var first = FirstNames[pair % FirstNames.Length];
            var last = LastNames[pair / FirstNames.Length];
            var login = Ascii($"{first}-{last}".ToLowerInvariant());
            var email = i % 3 == 0 ? $"{100_000 + (i * 7919)}+{login}@users.noreply.github.com" : $"{login}@example.com";
            people[i] = new Person($"{first} {last}", email);
        }

        return people;
    }

    public static string Login(Person person) => person.Email.Split('@')[0].Split('+')[^1];

    /// <summary>~500 files across 25 directories: each commit changes one, so every tree is real.</summary>
    public static string[] Files()
    {
        string[] directories =
        [
            "cmd/slipway", "internal/api", "internal/cli", "internal/config", "internal/git", "internal/notes",
            "internal/release", "internal/version", "internal/yaml", "internal/toml", "internal/json", "pkg/client",
            "pkg/controller", "pkg/webhook", "pkg/metrics", "pkg/auth", "pkg/cache", "docs/guide", "docs/reference",
            "test/e2e", "test/fixtures", "deploy/helm", "deploy/kustomize", "hack", ".github/workflows",
        ];
        var files = new List<string>();
        foreach (var directory in directories)
        {
            var extension = directory switch
            {
                _ when directory.StartsWith("docs", StringComparison.Ordinal) => ".md",
                _ when directory.StartsWith("deploy", StringComparison.Ordinal) || directory.StartsWith(".github", StringComparison.Ordinal) => ".yaml",
                "hack" => ".sh",
                _ => ".go",
            };
            for (var i = 0; i < 20; i++)
            {
                files.Add($"{directory}/{Nouns[i % Nouns.Length].Replace(' ', '_').ToLowerInvariant()}_{i:00}{extension}");
            }
        }

        return [.. files];
    }

    // Logins and addresses stay ASCII even when the name is not, as GitHub requires. A table rather
    // than Unicode decomposition: the benchmarks run with invariant globalization.
    private static string Ascii(string text)
    {
        var folded = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            var plain = c switch
            {
                'é' or 'ë' => 'e',
                'í' => 'i',
                'ö' or 'ø' => 'o',
                'ü' => 'u',
                _ => c,
            };
            if (char.IsAsciiLetterOrDigit(plain) || plain == '-')
            {
                folded.Append(plain);
            }
        }

        return folded.ToString();
    }
}
