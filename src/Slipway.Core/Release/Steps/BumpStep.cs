using Slipway.Core.Files;
using Slipway.Core.Planning;
using Slipway.Core.References;

namespace Slipway.Core.Release.Steps;

/// <summary>Writes the release version into every reference (all or nothing); a bump already made has nothing left to do.</summary>
public sealed class BumpStep : IReleaseStep
{
    public string Name => StepNames.Bump;

    public StepResult Run(ReleaseContext context)
    {
        var plan = Plan(context);
        new AtomicFileWriter(context.Config.Root, StateDirectory.For(context.Config.Root)).Write(plan.Edits);
        return StepResult.Done(plan.IsEmpty ? $"every reference already holds {context.Version}" : $"{plan.Changes.Count} value(s) in {plan.Edits.Count} file(s) set to {context.Version}");
    }

    public static BumpPlan Plan(ReleaseContext context) => BumpPlanner.Plan(ReferenceReader.Read(context.Config), context.Version);
}
