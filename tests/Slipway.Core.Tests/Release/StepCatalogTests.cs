using Slipway.Core.Configuration;
using Slipway.Core.Release.Steps;

namespace Slipway.Core.Tests.Release;

/// <summary>The names the configuration accepts (a manual step's after, a profile's skip) are the catalog's, in its order.</summary>
public sealed class StepCatalogTests
{
    [Fact]
    public void The_configuration_knows_the_built_in_steps_by_the_names_and_in_the_order_of_the_catalog() =>
        StepCatalog.BuiltIn.Select(s => s.Name).ShouldBe(StepNames.All);

    [Fact]
    public void A_person_may_skip_only_the_steps_no_later_step_stands_on()
    {
        var refused = StepCatalog.BuiltIn.Where(s => s.WhyNotSkippable is not null).Select(s => s.Name);

        refused.ShouldBe([StepNames.Preflight, StepNames.Branch, StepNames.CherryPick, StepNames.Bump, StepNames.Commit, StepNames.Push, StepNames.PullRequest, StepNames.Tag, StepNames.PushTag]);
    }
}
