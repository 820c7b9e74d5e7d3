using Slipway.Core.Configuration;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>A step only a person can do: the run stops here until 'slipway done NAME' marks it.</summary>
public sealed class ManualStepStep(ManualStep step) : IReleaseStep
{
    public string Name => step.Name;

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => true;

    public StepResult Run(ReleaseContext context) => context.Journal.Marked.Contains(step.Name)
        ? StepResult.Done("marked done")
        : StepResult.Waiting($"{context.Render(step.Text)} (then run 'slipway done {step.Name}')", new PersonWait(step.Name));
}
