using System.Diagnostics.CodeAnalysis;

namespace Slipway.Core.Configuration;

/// <summary>An image platform, <c>os/architecture[/variant]</c> as in linux/arm64 or linux/arm/v7.</summary>
public sealed record Platform(string Os, string Architecture, string? Variant = null)
{
    public override string ToString() => Variant is null ? $"{Os}/{Architecture}" : $"{Os}/{Architecture}/{Variant}";

    public static bool TryParse(string text, [NotNullWhen(true)] out Platform? platform)
    {
        var parts = text.Split('/');
        platform = parts.Length is 2 or 3 && parts.All(p => p.Length > 0 && p.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
            ? new Platform(parts[0], parts[1], parts.Length == 3 ? parts[2] : null)
            : null;
        return platform is not null;
    }

    /// <summary>
    /// Whether an image for <paramref name="offered"/> satisfies this (required) platform. A requirement
    /// without a variant takes any variant; arm64's only variant, v8, is the same as none.
    /// </summary>
    public bool IsSatisfiedBy(Platform offered)
    {
        if (!string.Equals(Os, offered.Os, StringComparison.Ordinal) || !string.Equals(Architecture, offered.Architecture, StringComparison.Ordinal))
        {
            return false;
        }

        return Variant is null || string.Equals(Normal(Variant), Normal(offered.Variant), StringComparison.Ordinal);
    }

    private string? Normal(string? variant) => Architecture == "arm64" && variant is null ? "v8" : variant;
}
