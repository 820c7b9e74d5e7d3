namespace Slipway.Core.Editing.Locators.Make;

/// <summary>
/// The conditionals of <see cref="MakefileReader"/>: ifeq, ifneq, ifdef, ifndef, else (alone or
/// chained, <c>else ifdef X</c>) and endif. Every branch is read; each remembers the rule state it
/// started from, and after endif the rule is in any state a branch left it in.
/// </summary>
internal sealed partial class MakefileReader
{
    private bool ReadConditional(MakeLine line, ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimStart(" \t");
        if (MakeSyntax.FirstWord(trimmed, Conditionals) is { } opening)
        {
            _conditionals.Push(new Conditional(opening, line.Line, _rule) { Branch = new MakeBranch(opening, line.Line, opening, line.Line) });
            return true;
        }

        if (MakeSyntax.StartsWithWord(trimmed, "else"))
        {
            var conditional = Open(line, "else");
            var chained = MakeSyntax.FirstWord(trimmed[4..], Conditionals);
            conditional.Ended |= _rule;
            conditional.Exhaustive |= chained is null;
            conditional.Branch = new MakeBranch(conditional.Directive, conditional.Line, chained is null ? "else" : "else " + chained, line.Line);
            _rule = conditional.AtOpen;
            return true;
        }

        if (MakeSyntax.StartsWithWord(trimmed, "endif"))
        {
            var conditional = Open(line, "endif");
            _conditionals.Pop();
            // After endif the rule is in whatever state one of the branches left it, or as it was when no branch was read.
            _rule |= conditional.Ended | (conditional.Exhaustive ? 0 : conditional.AtOpen);
            return true;
        }

        return false;
    }

    private Conditional Open(MakeLine line, string directive) => _conditionals.TryPeek(out var open)
        ? open
        : throw new LocateException($"line {line.Line}: {directive} without a conditional to close (make stops with \"extraneous '{directive}'\")", line.Start);

    private List<MakeBranch> Branches() => _conditionals.Reverse().Select(c => c.Branch).ToList();

    private sealed class Conditional(string directive, int line, RuleState atOpen)
    {
        public string Directive { get; } = directive;

        public int Line { get; } = line;

        public RuleState AtOpen { get; } = atOpen;

        /// <summary>The rule states the finished branches left.</summary>
        public RuleState Ended { get; set; }

        /// <summary>Whether a plain else makes sure one branch is always read.</summary>
        public bool Exhaustive { get; set; }

        public required MakeBranch Branch { get; set; }
    }
}
