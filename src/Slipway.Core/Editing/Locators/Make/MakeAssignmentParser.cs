namespace Slipway.Core.Editing.Locators.Make;

/// <summary>
/// A variable assignment as GNU make reads one (read.c's parse_var_assignment and variable.c's
/// parse_variable_definition): modifiers, a name, an operator, and where the value starts.
/// </summary>
/// <param name="Operator">One of <c>=</c>, <c>:=</c>, <c>::=</c>, <c>:::=</c>, <c>?=</c>, <c>+=</c>, <c>!=</c>; empty for a define without one.</param>
internal readonly record struct MakeDefinition(int NameStart, int NameEnd, string Operator, int ValueStart, bool Define)
{
    public ReadOnlySpan<char> Name(string text) => text.AsSpan(NameStart, NameEnd - NameStart);
}

/// <summary>GNU make's reading of a variable assignment, on offsets into the Makefile's text.</summary>
internal static class MakeAssignmentParser
{
    private static readonly string[] Modifiers = ["export", "unexport", "override", "private"];

    /// <summary>
    /// The assignment in [start, end) (comments already cut off), or null when it is none. Modifiers
    /// (export, unexport, override, private) may come first; a word is a modifier only when what
    /// follows it is an assignment, so <c>export = 1</c> assigns a variable named export. With
    /// <paramref name="targetSpecific"/> (the text after a rule's colon) define is not allowed.
    /// </summary>
    public static MakeDefinition? Assignment(string text, int start, int end, bool targetSpecific)
    {
        var p = MakeSyntax.SkipBlanks(text, start, end);
        while (p < end)
        {
            if (Definition(text, p, end) is { } definition)
            {
                return definition;
            }

            var wordEnd = MakeSyntax.TokenEnd(text, p, end);
            var word = text.AsSpan(p, wordEnd - p);
            var next = MakeSyntax.SkipBlanks(text, wordEnd, end);
            if (!targetSpecific && word.SequenceEqual("define"))
            {
                // define NAME, or define NAME OP (define VERSION :=); the value is the body up to endef.
                if (Definition(text, next, end) is { } withOperator)
                {
                    return withOperator with { ValueStart = end, Define = true };
                }

                var nameEnd = MakeSyntax.TokenEnd(text, next, end);
                return nameEnd == next ? null : new MakeDefinition(next, nameEnd, string.Empty, end, Define: true);
            }

            if (!Modifiers.Contains(word.ToString()))
            {
                return null;
            }

            p = next;
        }

        return null;
    }

    // variable.c's parse_variable_definition: a name (blanks inside end it, variable references in it
    // are skipped whole), then an operator; anything else means this is no assignment.
    private static MakeDefinition? Definition(string text, int start, int end)
    {
        var nameEnd = -1;
        for (var p = start; p < end; p++)
        {
            var c = text[p];
            if (c == '$' && p + 1 < end && text[p + 1] is '(' or '{')
            {
                p = ReferenceEnd(text, p + 1, end) - 1;
                continue;
            }

            if (MakeSyntax.IsBlank(text, p))
            {
                nameEnd = p;
                p = MakeSyntax.SkipBlanks(text, p, end);
                if (p >= end)
                {
                    return null;
                }

                c = text[p];
            }

            var op = Operator(text, p, end);
            if (op is not null)
            {
                var name = nameEnd < 0 ? p : nameEnd;
                return name == start ? null : new MakeDefinition(start, name, op, MakeSyntax.SkipBlanks(text, p + op.Length, end), Define: false);
            }

            if (nameEnd >= 0 || c == ':')
            {
                return null; // blanks then something other than an operator, or a rule's colon
            }
        }

        return null;
    }

    private static string? Operator(string text, int p, int end)
    {
        foreach (var op in (string[])["=", ":::=", "::=", ":=", "?=", "+=", "!="])
        {
            if (text.AsSpan(p, end - p).StartsWith(op, StringComparison.Ordinal))
            {
                return op;
            }
        }

        return null;
    }

    private static int ReferenceEnd(string text, int open, int end)
    {
        var (opening, closing) = text[open] == '(' ? ('(', ')') : ('{', '}');
        var depth = 0;
        for (var p = open; p < end; p++)
        {
            depth += text[p] == opening ? 1 : text[p] == closing ? -1 : 0;
            if (depth == 0)
            {
                return p + 1;
            }
        }

        return end;
    }
}
