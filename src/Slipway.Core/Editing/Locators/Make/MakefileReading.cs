namespace Slipway.Core.Editing.Locators.Make;

/// <summary>The variable assignments of a Makefile and the lines that are recipes (shell commands), as GNU make reads them.</summary>
internal sealed record MakefileReading(IReadOnlyList<MakeAssignment> Assignments, IReadOnlyList<MakeLine> RecipeLines);

/// <summary>
/// One assignment. Its value is a one-line span, or <see cref="Problem"/> says why it is not
/// (continued onto the next line, a define body of several lines).
/// </summary>
/// <param name="Line">The line the assignment starts on (a define's own line).</param>
/// <param name="Targets">For a target- or pattern-specific assignment (<c>release: VERSION = 1</c>), the text before the colon.</param>
/// <param name="Branches">The conditional branches it sits in, outermost first; each branch is counted on its own.</param>
/// <param name="MaybeRecipe">
/// A line that starts with the recipe prefix after a conditional that starts a rule in one branch
/// only: a recipe line in one reading, an assignment in another.
/// </param>
internal sealed record MakeAssignment(
    string Name,
    string Operator,
    int Line,
    TextSpan? Value,
    string? Problem,
    string? Targets,
    IReadOnlyList<MakeBranch> Branches,
    bool MaybeRecipe)
{
    /// <summary>Where the assignment sits, for people: "in the else branch (line 5) of the ifeq at line 3".</summary>
    public string? Where => Branches.Count == 0 ? null : "in " + string.Join(", in ", Branches.Reverse().Select(b => b.ToString()));
}

/// <summary>A branch of a conditional: the <c>ifeq</c>/<c>ifdef</c>… line that opens the conditional, and the line the branch starts on.</summary>
/// <param name="Keyword">The branch's own directive: <c>ifeq</c>, <c>else</c>, <c>else ifdef</c>…</param>
internal sealed record MakeBranch(string Directive, int OpenLine, string Keyword, int Line)
{
    public override string ToString() => Line == OpenLine
        ? $"the {Directive} branch at line {Line}"
        : $"the {Keyword} branch (line {Line}) of the {Directive} at line {OpenLine}";
}
