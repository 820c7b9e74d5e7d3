namespace Slipway.Core.Init;

/// <summary>
/// A version reference that <c>init</c> found: the entry it will write (locator kind and argument,
/// and the value template when the file spells the version with more than the version), the value
/// the file holds now, and where (1-based line).
/// </summary>
public sealed record DetectedReference(string File, string Kind, string Argument, string? ValueTemplate, string CurrentValue, string Why, int Line)
{
    /// <summary>How slipway.yaml writes the locator, for messages and JSON: "make: VERSION".</summary>
    public string Locator => $"{Kind}: {Argument}";

    /// <summary>
    /// Whether init lists it as left out when it holds another version: not for images, which
    /// routinely name other projects' releases (a sidecar's proxy image).
    /// </summary>
    public bool ListedWhenOther { get; init; } = true;

    /// <summary>
    /// Whether its value counts when init decides the current version: not for a Go program's
    /// <c>version</c> outside a version file, which as often holds a placeholder its build overrides;
    /// it decides only when nothing else (no version file, no release tag) can.
    /// </summary>
    public bool SettlesVersion { get; init; } = true;

    /// <summary>How many places the locator finds, each holding the same value (one pattern for the install and uninstall commands of a page).</summary>
    public int Count { get; init; } = 1;

    /// <summary>Every line the locator finds, the first being <see cref="Line"/>.</summary>
    public IReadOnlyList<int> Lines
    {
        get => _lines ?? [Line];
        init => _lines = value;
    }

    private readonly IReadOnlyList<int>? _lines;
}
