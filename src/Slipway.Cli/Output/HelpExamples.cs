using System.CommandLine;

namespace Slipway.Cli.Output;

/// <summary>The examples at the end of each command's help: the ways people run it most.</summary>
internal static class HelpExamples
{
    private static readonly Dictionary<string, string[]> ByCommand = new(StringComparer.Ordinal)
    {
        [""] = ["slipway init                  write a starter slipway.yaml", "slipway show                  list the version references", "slipway release minor --dry-run"],
        ["show"] = ["slipway show", "slipway show --json"],
        ["bump"] = ["slipway bump 1.4.0", "slipway bump minor --dry-run", "slipway bump rc"],
        ["verify"] = ["slipway verify", "slipway verify --tag v1.4.0", "slipway verify --version 1.4.0"],
        ["audit"] = ["slipway audit", "slipway audit --strict"],
        ["init"] = ["slipway init", "slipway init --stdout"],
        ["notes"] = ["slipway notes                 the unreleased changes", "slipway notes --version 1.3.0  the notes of a release", "slipway notes --write"],
        ["next"] = ["slipway next", "slipway next --pre rc"],
        ["release"] = ["slipway release minor --dry-run", "slipway release 1.4.0", "slipway release rc --yes", "slipway release minor bpfman-operator=0.8.1  one repository at its own version"],
        ["status"] = ["slipway status", "slipway status --version 1.4.0", "slipway status --json         the journal (schemas/output/status.schema.json)"],
        ["resume"] = ["slipway resume", "slipway resume --json         one event a line, as release --json"],
        ["done"] = ["slipway done crd-upgrade-table", "slipway done community-operators --workspace slipway.workspace.yaml", "slipway done crd-upgrade-table --json"],
        ["skip"] = ["slipway skip after-bump --reason \"no network here; lockfile done by hand\""],
        ["abort"] = ["slipway abort", "slipway abort --version 1.4.0 --yes", "slipway abort --yes --json"],
        ["tag"] = ["slipway tag", "slipway tag 1.4.0 --commit origin/main --push", "slipway tag 1.4.0 --json"],
        ["retag"] = ["slipway retag", "slipway retag --version 1.4.0 --commit origin/main", "slipway retag --version 1.4.0 --yes --json"],
        ["artifacts"] = ["slipway artifacts", "slipway artifacts --version 1.4.0 --wait 30m"],
        ["publish"] = ["slipway publish --dry-run", "slipway publish --tag v1.4.0"],
        ["api"] = ["slipway api", "slipway api --from v0.7.0 --to HEAD", "slipway api --check-history"],
        ["schema"] = ["slipway schema > slipway.schema.json", "slipway schema release", "slipway schema workspace-status"],
        ["completion"] = ["slipway completion bash > ~/.local/share/bash-completion/completions/slipway", "slipway completion fish > ~/.config/fish/completions/slipway.fish", "slipway completion zsh        in ~/.zshrc: eval \"$(slipway completion zsh)\""],
    };

    /// <summary>Every example of every command.</summary>
    public static IEnumerable<string> All => ByCommand.Values.SelectMany(examples => examples);

    /// <summary>The command's examples (the top level's for the root command), or none.</summary>
    public static IReadOnlyList<string> For(Command command) =>
        ByCommand.TryGetValue(command is RootCommand ? string.Empty : command.Name, out var examples) ? examples : [];
}
