using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// 'audit --strict' in CI right after a release: the notes Slipway wrote for it name the version by
/// design and are never flagged; third-party entries at the same version are silenced by a line
/// rule, not by ignoring their whole file.
/// </summary>
public sealed class AuditInCiTests
{
    [Fact]
    public void The_notes_slipway_wrote_are_not_flagged_and_line_rules_silence_third_party_entries()
    {
        using var repo = TestRepository.Create();
        repo.Write("Makefile", "VERSION ?= 1.2.3\n");
        repo.Write("web/package.json", "{\n  \"name\": \"web\",\n  \"dependencies\": {\n    \"left-pad\": \"1.2.3\"\n  }\n}\n");
        repo.Write("slipway.yaml", "versions:\n  - file: Makefile\n    make: VERSION\nnotes:\n  file: docs/releases/v{version}.md\n");
        repo.Commit("chore: prepare v1.2.3 release");
        repo.Git("tag", "-a", "v1.2.3", "-m", "Release v1.2.3");
        Tool.Run(repo.Path, "notes", "--version", "1.2.3", "--write").ShouldSucceed(); // the release just tagged (without --version: the unreleased changes)
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", "docs: notes of v1.2.3");

        var flagged = Tool.Run(repo.Path, "audit", "--strict").ShouldExit(1).Out;
        flagged.ShouldContain("web/package.json:4:18");
        flagged.ShouldNotContain("docs/releases/v1.2.3.md");

        repo.Write("slipway.yaml", repo.Read("slipway.yaml") + "audit:\n  ignore:\n    - path: '**/package.json'\n      line: '\"left-pad\":'\n");
        Tool.Run(repo.Path, "audit", "--strict").ShouldSucceed().Out.ShouldContain("No unmanaged occurrences");
    }
}
