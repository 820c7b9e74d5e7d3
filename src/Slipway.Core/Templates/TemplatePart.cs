namespace Slipway.Core.Templates;

/// <summary>A piece of a parsed <see cref="ValueTemplate"/>.</summary>
internal abstract record TemplatePart;

internal sealed record LiteralPart(string Text) : TemplatePart;

internal sealed record PlaceholderPart(string Name) : TemplatePart;

/// <summary><c>{?name:…}</c> renders its parts only when <c>name</c> is non-empty; <c>{!name:…}</c> only when it is empty.</summary>
internal sealed record ConditionalPart(string Name, bool WhenPresent, IReadOnlyList<TemplatePart> Parts) : TemplatePart;
