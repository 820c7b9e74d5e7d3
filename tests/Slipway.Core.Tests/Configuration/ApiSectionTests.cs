using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.Configuration;

public sealed class ApiSectionTests
{
    private const string Versions = "versions:\n  - file: VERSION\n    whole: true\n";

    private static ApiSettings? Parse(string api) => ConfigLoader.Parse(Versions + api, "/repo/slipway.yaml", "slipway.yaml").Api;

    private static IReadOnlyList<string> Mistakes(string api)
    {
        var error = Should.Throw<SlipwayException>(() => Parse(api));
        error.Kind.ShouldBe(Errors.ConfigInvalid);
        return error.Details;
    }

    [Fact]
    public void Without_an_api_section_there_is_no_gate() => Parse(string.Empty).ShouldBeNull();

    [Fact]
    public void Reads_every_key()
    {
        var api = Parse("""
            api:
              crds: [config/crd/bases/*.yaml, ./charts/kubeopencode/crds/*.yaml]
              history: docs/upgrading.md
              types: ["api/**/*.go"]
              stale: error
              unclassified: warn
              rules:
                description: none
                enum: warn
              allow:
                - rule: existingFieldRemoval
                  crd: agents.kubeopencode.io/v1alpha1
                  path: .spec.legacy
                  reason: deprecated in 0.3, removed as announced
              policy:
                enum-addition: compatible
                nullable-addition: compatible
                pattern-removal: compatible
              bump:
                breaking: major
                breaking-before-1: major
                alpha: minor
                compatible: minor
            """)!;
        api.Crds.ShouldBe(["config/crd/bases/*.yaml", "charts/kubeopencode/crds/*.yaml"]);
        api.History.ShouldBe("docs/upgrading.md");
        api.Types.ShouldBe(["api/**/*.go"]);
        api.Stale.ShouldBe(FindingSeverity.Error);
        api.Unclassified.ShouldBe(FindingSeverity.Warning);
        api.Rules[ApiRuleNames.Description].ShouldBe(FindingSeverity.Off);
        api.Rules[ApiRuleNames.Enum].ShouldBe(FindingSeverity.Warning);
        api.Allow.Single().ShouldBe(new ApiAllowance("existingFieldRemoval", "agents.kubeopencode.io/v1alpha1", ".spec.legacy", "deprecated in 0.3, removed as announced", "api.allow[0]"));
        api.Policy.ShouldBe(new ApiPolicy { EnumAdditionBreaking = false, NullableAdditionBreaking = false, PatternRemovalBreaking = false });
        api.Bump.ShouldBe(new ApiBumpPolicy { Breaking = BumpLevel.Major, BreakingBeforeOne = BumpLevel.Major, Alpha = BumpLevel.Minor, Compatible = BumpLevel.Minor });
    }

    [Fact]
    public void Defaults_follow_crdify_and_semver()
    {
        var api = Parse("api:\n  crds: [crds/*.yaml]\n")!;
        api.Unclassified.ShouldBe(FindingSeverity.Error);
        api.Stale.ShouldBe(FindingSeverity.Warning);
        api.Policy.ShouldBe(ApiPolicy.Default);
        api.Policy.EnumAdditionBreaking.ShouldBeTrue();
        api.Bump.Breaking.ShouldBe(BumpLevel.Major);
        api.Bump.BreakingBeforeOne.ShouldBe(BumpLevel.Minor);
        api.Bump.Alpha.ShouldBeNull();
        api.Bump.Compatible.ShouldBe(BumpLevel.Patch);
    }

    [Fact]
    public void Reports_every_mistake_at_once_each_where_it_is()
    {
        var mistakes = Mistakes("""
            api:
              crd: [x.yaml]
              history: ../outside.md
              upgrade-docs: 'https://example.com/upgrade#{tga}'
              types: ["api/[*.go"]
              stale: never
              rules:
                enums: warn
                type: fatal
                unclassified: warn
              allow:
                - rule: existingFieldRemovel
                  crd: Agents
                  path: spec.legacy
                  reason: because
                - rule: enum
              policy:
                enum-addition: allowed
              bump:
                breaking: huge
            """);
        mistakes.ShouldBe([
            "slipway.yaml:5:3: unknown key 'crd' in api (did you mean 'crds'?); allowed: crds, history, upgrade-docs, types, stale, unclassified, rules, allow, policy, bump",
            "slipway.yaml:5:3: api needs 'crds:', the globs of the CustomResourceDefinition manifests (e.g. [config/crd/bases/*.yaml])",
            "slipway.yaml:6:12: api.history must be a path inside the repository, relative to slipway.yaml and outside .git/, found '../outside.md': '..' leaves the directory of slipway.yaml",
            "slipway.yaml:7:46: api.upgrade-docs: unknown placeholder '{tga}'; allowed here: {build}, {core}, {major}, {minor}, {owner}, {patch}, {prerelease}, {previous}, {previous_tag}, {rc}, {repo}, {tag}, {version}",
            "slipway.yaml:8:16: api.types[0] is not a glob: '[' is not closed with ']'",
            "slipway.yaml:9:10: api.stale must be one of: warn, error; found 'never'",
            "slipway.yaml:11:5: unknown key 'enums' in api.rules (did you mean 'enum'?); allowed: " + string.Join(", ", ApiRuleNames.All),
            "slipway.yaml:12:11: api.rules.type must be one of: error, warn, none; found 'fatal'",
            "slipway.yaml:13:5: api.rules.unclassified: set api.unclassified instead; api.rules names the rules: " + string.Join(", ", ApiRuleNames.All.SkipLast(1)),
            "slipway.yaml:15:13: api.allow[0].rule: unknown rule 'existingFieldRemovel' (did you mean 'existingFieldRemoval'?); rules: " + string.Join(", ", ApiRuleNames.All),
            "slipway.yaml:16:12: api.allow[0].crd must be plural.group, or plural.group/version (agents.kubeopencode.io/v1alpha1), found 'Agents'",
            "slipway.yaml:17:13: api.allow[0].path must be a property path starting with '.' (.spec.agentRef.name, .spec.ports[*].name), found 'spec.legacy'",
            "slipway.yaml:19:7: api.allow[1] needs 'crd', 'path', 'reason': an accepted finding names its rule, CRD and path, and says why it is accepted",
            "slipway.yaml:21:20: api.policy.enum-addition must be one of: breaking, compatible; found 'allowed'",
            "slipway.yaml:23:15: api.bump.breaking must be one of: patch, minor, major; found 'huge'",
        ]);
    }
}
