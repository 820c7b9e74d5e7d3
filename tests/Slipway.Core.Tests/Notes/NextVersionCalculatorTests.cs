using Slipway.Core.Configuration;
using Slipway.Core.Notes;
using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.Notes;

public sealed class NextVersionCalculatorTests
{
    private static ChangeModel Change(string? type, bool breaking = false) => new()
    {
        Title = type + ": x",
        Type = type,
        Category = breaking ? "breaking" : type ?? "other",
        Breaking = breaking,
        Text = string.Empty,
        Id = Slipway.Core.History.CommitId.Parse(new string('a', 40)),
        Author = new AuthorModel("A", "a@x", null, false),
        CoAuthors = [],
        Commits = 1,
    };

    private static string Next(string previous, IReadOnlyList<ChangeModel> changes, string[]? tags = null, string? pre = null, bool minorBeforeOne = true)
    {
        var tagged = (tags ?? [previous]).Select(SemVersion.Parse).ToList();
        return NextVersionCalculator.Compute(changes, SemVersion.Parse(previous), "v" + previous, tagged, new NextSettings { BreakingBumpsMinorBeforeOne = minorBeforeOne }, pre, null).Version.ToString();
    }

    [Fact]
    public void Breaking_bumps_major_or_minor_before_one() =>
        (Next("1.4.2", [Change("fix", breaking: true)]), Next("0.4.2", [Change("fix", breaking: true)]), Next("0.4.2", [Change("fix", breaking: true)], minorBeforeOne: false))
            .ShouldBe(("2.0.0", "0.5.0", "1.0.0"));

    [Fact]
    public void Features_bump_minor_and_everything_else_patch() =>
        (Next("0.4.2", [Change("fix"), Change("feat")]), Next("0.4.2", [Change("fix"), Change(null)]), Next("0.4.2", []))
            .ShouldBe(("0.5.0", "0.4.3", "0.4.3"));

    [Fact]
    public void Pre_releases_continue_a_running_series_in_its_spelling() =>
        (Next("0.4.1", [Change("feat")], ["0.4.1", "0.5.0-rc1"], "rc"),
         Next("0.4.1", [Change("feat")], ["0.4.1", "0.3.0-rc.4"], "rc"),
         Next("0.4.1", [Change("fix")], ["0.4.1", "0.5.0-rc2"], "rc"),
         Next("0.4.1", [Change("fix")], ["0.4.1", "0.5.0-rc2"]))
            .ShouldBe(("0.5.0-rc2", "0.5.0-rc.1", "0.5.0-rc3", "0.5.0"));

    // Releases tagged on release branches: HEAD reaches v1.4.0 only, and 1.4.1-1.4.3 and 1.5.0 are
    // released on their branches. The version the commits call for is not proposed again.
    [Fact]
    public void A_version_released_on_another_branch_is_not_proposed_again()
    {
        string[] tags = ["1.4.0", "1.4.1", "1.4.2", "1.4.3", "1.5.0", "1.5.1", "2.0.0"];
        (Next("1.4.0", [Change("fix")], tags), Next("1.4.0", [Change("feat")], tags), Next("1.4.0", [Change("fix", breaking: true)], tags), Next("1.4.0", [Change("feat")], tags, "rc"))
            .ShouldBe(("1.4.4", "1.6.0", "3.0.0", "1.6.0-rc.1"));
        NextVersionCalculator.Compute([Change("fix")], SemVersion.Parse("1.4.0"), "v1.4.0", tags.Select(SemVersion.Parse).ToList(), new NextSettings(), null, null).Level
            .ShouldBe("patch, above 1.4.3: 1.4.1 is released already, on a branch HEAD does not reach");
        Next("1.4.0", [Change("fix")], [.. tags, "1.5.0-rc.1"]).ShouldBe("1.4.4", "the 1.5.0 series ended with its release");
        (Next("1.4.0", [Change("fix")]), Next("1.4.0", [Change("feat")], ["1.4.0", "1.4.1", "1.4.2"])).ShouldBe(("1.4.1", "1.5.0"), "free versions are kept");
    }
}
