namespace Slipway.Core.Templates.Handlebars;

internal abstract record TemplateNode;

internal sealed record TextNode(string Text) : TemplateNode;

/// <summary><c>{{value}}</c>: the value of a path, a literal or a helper, written as text.</summary>
internal sealed record ValueNode(Expr Value) : TemplateNode;

internal enum BlockKind
{
    If,
    Unless,
    Each,
    With,

    /// <summary><c>{{#path}}</c> of a value that is not a block helper: a list loops, an object becomes the context, true renders once.</summary>
    Section,

    /// <summary><c>{{^path}}</c>: rendered when the value is empty.</summary>
    InvertedSection,
}

/// <summary>A block: its body, and what <c>{{else}}</c> gives when the body is not rendered (a chained <c>{{else if …}}</c> is a block there).</summary>
internal sealed record BlockNode(BlockKind Kind, Expr Subject, IReadOnlyList<string> BlockParams, IReadOnlyList<TemplateNode> Body, IReadOnlyList<TemplateNode> Inverse)
    : TemplateNode;
