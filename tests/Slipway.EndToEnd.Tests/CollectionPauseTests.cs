using System.Runtime;
using Slipway.Cli.Infrastructure;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// The collector's mode is process-wide, and commands run side by side in one process (as these tests
/// run them): the notes' young-only mode and the API gate's no-GC region must never fail a command,
/// in whatever order they start and end. Found when a notes command ended while an API gate's region
/// was in progress: restoring the mode threw, and notes exited 70.
/// </summary>
[Collection(Name)]
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CollectionPauseTests : IDisposable
{
    private const string Name = "the garbage collector's mode";

    // The process's mode as the test found it, given back after it (an interleaving may leave another).
    private readonly GCLatencyMode _before = GCSettings.LatencyMode;

    public void Dispose() => GCSettings.LatencyMode = _before;

    [Fact]
    public void Young_only_inside_a_no_gc_region_starts_and_ends_without_a_word()
    {
        using (CollectionPause.Start(64 << 20))
        {
            Should.NotThrow(() => CollectionPause.YoungOnly().Dispose());
        }

        GCSettings.LatencyMode.ShouldNotBe(GCLatencyMode.NoGCRegion);
    }

    [Fact]
    public void A_no_gc_region_that_outlives_young_only_leaves_it_nothing_to_restore()
    {
        var young = CollectionPause.YoungOnly();
        var region = CollectionPause.Start(64 << 20);

        Should.NotThrow(young.Dispose);
        Should.NotThrow(region.Dispose);
        GCSettings.LatencyMode.ShouldNotBe(GCLatencyMode.NoGCRegion);
    }

    [Fact]
    public void A_second_no_gc_region_at_once_is_collected_as_usual()
    {
        using var first = CollectionPause.Start(64 << 20);
        Should.NotThrow(() => CollectionPause.Start(64 << 20).Dispose());
    }
}
