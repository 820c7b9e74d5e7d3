using Slipway.Core.Api;
using Slipway.Core.Api.Crds;
using Slipway.Core.Api.Upgrades;
using Slipway.Core.Configuration;
using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.Api;

/// <summary>What the release will take from the gate: the minimum bump, the notes entry, the row's description, the judged findings.</summary>
public sealed class ReleaseFacingTests
{
    private static Finding Breaking(string path = ".spec.legacy", string version = "v1", bool alpha = false) =>
        new(ApiRuleNames.ExistingFieldRemoval, FindingClass.Breaking, FindingGroup.Crd, "agents.kubeopencode.io", version, path, "field removed") { Severity = FindingSeverity.Error, AlphaOnly = alpha };

    private static Finding Added(string path = ".spec.skills") =>
        new(ApiRuleNames.FieldAddition, FindingClass.Compatible, FindingGroup.SameVersion, "agents.kubeopencode.io", "v1", path, "field added");

    private static Finding Cosmetic() =>
        new(ApiRuleNames.Description, FindingClass.Cosmetic, FindingGroup.SameVersion, "agents.kubeopencode.io", "v1", ".spec", "description changed");

    [Theory]
    [InlineData("1.4.2", BumpLevel.Major, "1 breaking change needs a major release")]
    [InlineData("0.4.2", BumpLevel.Minor, "1 breaking change before 1.0.0 needs a minor release")]
    public void A_breaking_change_needs_a_major_release_or_a_minor_one_before_1(string previous, BumpLevel level, string reason)
    {
        var bump = MinimumBump.For([Breaking(), Added()], SemVersion.Parse(previous), ApiBumpPolicy.Default);
        bump.Level.ShouldBe(level);
        bump.Reason.ShouldBe(reason);
        bump.Deciding.ShouldHaveSingleItem().Rule.ShouldBe(ApiRuleNames.ExistingFieldRemoval);
    }

    [Fact]
    public void Alpha_versions_follow_their_own_level_when_one_is_configured()
    {
        var policy = ApiBumpPolicy.Default with { Alpha = BumpLevel.Minor };
        MinimumBump.For([Breaking(alpha: true)], SemVersion.Parse("1.2.0"), policy).Level.ShouldBe(BumpLevel.Minor);
        MinimumBump.For([Breaking(alpha: true)], SemVersion.Parse("1.2.0"), ApiBumpPolicy.Default).Level.ShouldBe(BumpLevel.Major);
        MinimumBump.For([Breaking(alpha: true), Breaking(alpha: false)], SemVersion.Parse("1.2.0"), policy).Level.ShouldBe(BumpLevel.Major);
    }

    [Fact]
    public void Compatible_changes_ask_for_the_configured_level_and_cosmetic_ones_for_nothing()
    {
        MinimumBump.For([Added(), Cosmetic()], SemVersion.Parse("1.2.0"), ApiBumpPolicy.Default).Level.ShouldBe(BumpLevel.Patch);
        MinimumBump.For([Added()], SemVersion.Parse("1.2.0"), ApiBumpPolicy.Default with { Compatible = BumpLevel.Minor }).Level.ShouldBe(BumpLevel.Minor);
        MinimumBump.For([Breaking() with { Severity = FindingSeverity.Off }], SemVersion.Parse("1.2.0"), ApiBumpPolicy.Default).Level.ShouldBe(BumpLevel.Patch);
        MinimumBump.For([Breaking()], null, ApiBumpPolicy.Default).Level.ShouldBe(BumpLevel.Patch);
    }

    [Fact]
    public void An_accepted_breaking_change_still_needs_its_release()
    {
        var accepted = Breaking() with { Allowed = "api.allow[0]: announced in 0.3" };
        accepted.Fails.ShouldBeFalse();
        MinimumBump.For([accepted], SemVersion.Parse("0.4.2"), ApiBumpPolicy.Default).Level.ShouldBe(BumpLevel.Minor);
    }

    [Fact]
    public void A_patch_release_after_a_breaking_change_is_refused_naming_the_smallest_version()
    {
        var bump = MinimumBump.For([Breaking()], SemVersion.Parse("0.4.2"), ApiBumpPolicy.Default);
        var refusal = MinimumBump.Refusal(bump, SemVersion.Parse("0.4.2"), SemVersion.Parse("0.4.3"))!;
        refusal.Kind.Code.ShouldBe("SW114");
        refusal.Message.ShouldBe("0.4.3 is too low after 0.4.2: 1 breaking change before 1.0.0 needs a minor release");
        refusal.Hint!.ShouldStartWith("release 0.5.0 (or later)");
        refusal.Details.ShouldBe(["agents.kubeopencode.io/v1 .spec.legacy: existingFieldRemoval: field removed"]);
        MinimumBump.Refusal(bump, SemVersion.Parse("0.4.2"), SemVersion.Parse("0.5.0-rc1")).ShouldBeNull();
        MinimumBump.Refusal(bump, SemVersion.Parse("0.4.2"), SemVersion.Parse("1.0.0")).ShouldBeNull();
    }

    [Fact]
    public void Severities_and_the_allow_list_are_applied_and_unused_entries_reported()
    {
        var settings = new ApiSettings
        {
            Crds = ["*.yaml"],
            Rules = new Dictionary<string, FindingSeverity> { [ApiRuleNames.Description] = FindingSeverity.Off, [ApiRuleNames.Enum] = FindingSeverity.Warning },
            Allow =
            [
                new ApiAllowance(ApiRuleNames.ExistingFieldRemoval, "agents.kubeopencode.io/v1", ".spec.legacy", "announced", "api.allow[0]"),
                new ApiAllowance(ApiRuleNames.ExistingFieldRemoval, "agents.kubeopencode.io", ".spec.gone", "released long ago", "api.allow[1]"),
            ],
        };
        var enumFinding = new Finding(ApiRuleNames.Enum, FindingClass.Breaking, FindingGroup.SameVersion, "agents.kubeopencode.io", "v1", ".spec.mode", "allowed values removed: X");
        var unclassified = new Finding(ApiRuleNames.Unclassified, FindingClass.Unclassified, FindingGroup.SameVersion, "agents.kubeopencode.io", "v1", ".spec", "oneOf added");
        var (judged, unused) = FindingPolicy.Apply([Breaking(), Breaking(".spec.other"), enumFinding, Cosmetic(), Added(), unclassified], settings);

        judged.Select(f => (f.Path, f.Severity, f.Allowed, f.Fails)).ShouldBe([
            (".spec.legacy", FindingSeverity.Error, "api.allow[0]: announced", false),
            (".spec.other", FindingSeverity.Error, null, true),
            (".spec.mode", FindingSeverity.Warning, null, false),
            (".spec", FindingSeverity.Off, null, false),
            (".spec.skills", FindingSeverity.Info, null, false),
            (".spec", FindingSeverity.Error, null, true),
        ]);
        unused.ShouldHaveSingleItem().Label.ShouldBe("api.allow[1]");
    }

    [Fact]
    public void The_notes_entry_goes_under_breaking_changes_with_the_helm_reminder_and_the_link()
    {
        var report = Report(new CrdChange("agents.kubeopencode.io", "Agent", "a.yaml", "a.yaml", [Breaking(), Added(), Added(".spec.standby")]));
        var entry = ApiNotes.Entries(report, ApiNotes.UpgradeDocs("docs/upgrading.md", "https://github.com/kubeopencode/kubeopencode", "v0.5.0")).ShouldHaveSingleItem();
        entry.Section.ShouldBe("breaking");
        entry.Title.ShouldBe("CRD changes");
        entry.Text.ShouldBe("Agent: added `.spec.skills`, `.spec.standby`; removed `.spec.legacy` (breaking). `helm upgrade` does not update CRDs: "
            + "apply the new CRDs before upgrading, as the [upgrade procedure](https://github.com/kubeopencode/kubeopencode/blob/v0.5.0/docs/upgrading.md) describes.");
    }

    [Fact]
    public void Compatible_changes_are_new_features_and_no_change_gives_no_entry()
    {
        ApiNotes.Entries(Report(new CrdChange("agents.kubeopencode.io", "Agent", "a.yaml", "a.yaml", [Added()])), "docs/upgrading.md").ShouldHaveSingleItem().Section.ShouldBe("feat");
        ApiNotes.Entries(Report(), "docs/upgrading.md").ShouldBeEmpty();
        ApiNotes.UpgradeDocs("docs/upgrading.md", null, "v1.0.0").ShouldBe("docs/upgrading.md");
    }

    [Fact]
    public void The_summary_names_kinds_in_order_cuts_long_lists_and_never_holds_a_pipe()
    {
        var many = Enumerable.Range(1, 6).Select(i => Added($".spec.f{i}")).ToList();
        var enumFinding = new Finding(ApiRuleNames.Enum, FindingClass.Breaking, FindingGroup.SameVersion, "tasks.kubeopencode.io", "v1", ".spec.a|b", "values removed");
        var summary = ChangeSummary.Describe([
            new CrdChange("tasks.kubeopencode.io", "Task", "t.yaml", "t.yaml", [enumFinding, Cosmetic() with { Crd = "tasks.kubeopencode.io" }]),
            new CrdChange("agents.kubeopencode.io", "Agent", "a.yaml", "a.yaml", many),
            new CrdChange("skills.kubeopencode.io", "Skill", "s.yaml", "s.yaml", [Cosmetic()]),
        ]);
        summary.ShouldBe("Agent: added `.spec.f1`, `.spec.f2`, `.spec.f3`, `.spec.f4` and 2 more; Skill: documentation only; Task: breaking: `.spec.a\\|b` (enum)");
    }

    [Theory]
    [InlineData("v1", "v1beta2", 1)]
    [InlineData("v1beta2", "v1beta1", 1)]
    [InlineData("v1beta1", "v1alpha3", 1)]
    [InlineData("v2alpha1", "v1alpha1", 1)]
    [InlineData("v1alpha1", "foo", 1)]
    [InlineData("v10", "v2", 1)]
    [InlineData("v1", "v1", 0)]
    public void Orders_api_versions_as_the_api_server_prefers_them(string preferred, string other, int sign)
    {
        Math.Sign(KubeVersion.Compare(preferred, other)).ShouldBe(sign);
        Math.Sign(KubeVersion.Compare(other, preferred)).ShouldBe(-sign);
    }

    private static ApiReport Report(params CrdChange[] changes) => new()
    {
        Range = new ApiRange("v0.4.2", new string('a', 40), "HEAD", new string('b', 40)),
        Changes = changes,
        CrdCount = changes.Length,
    };
}
