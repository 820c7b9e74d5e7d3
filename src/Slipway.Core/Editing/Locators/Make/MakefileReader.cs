namespace Slipway.Core.Editing.Locators.Make;

/// <summary>
/// Reads a Makefile the way GNU make's read.c does, for one purpose: which lines are variable
/// assignments. A line that starts with the recipe prefix (a tab, or <c>.RECIPEPREFIX</c>) is a
/// recipe line while a rule is open and an ordinary line otherwise; a rule opens at a rule line
/// (<c>target: prerequisites</c>) and closes at the next assignment, rule, directive or
/// target-specific assignment, while blank lines, comments and conditionals leave it open. Every
/// branch of a conditional is read (none is evaluated), so the rule state after an <c>endif</c> is
/// what any branch may leave.
/// </summary>
internal sealed partial class MakefileReader
{
    private static readonly string[] Directives = ["include", "-include", "sinclude", "vpath", "export", "unexport", "undefine", "load", "-load"];
    private static readonly string[] Conditionals = ["ifeq", "ifneq", "ifdef", "ifndef"];

    private readonly string _text;
    private readonly List<MakeLine> _lines;
    private readonly List<MakeAssignment> _assignments = [];
    private readonly List<MakeLine> _recipes = [];
    private readonly Stack<Conditional> _conditionals = new();
    private RuleState _rule = RuleState.Outside;
    private char _recipePrefix = '\t';

    private MakefileReader(string text)
    {
        _text = text;
        _lines = MakeLines.Split(text);
    }

    [Flags]
    private enum RuleState
    {
        Outside = 1,
        Inside = 2,
    }

    /// <exception cref="LocateException">The Makefile's conditionals or defines are not closed, as make would also refuse.</exception>
    public static MakefileReading Read(string text) => new MakefileReader(text).ReadAll();

    private MakefileReading ReadAll()
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            i = ReadLine(i);
        }

        if (_conditionals.TryPeek(out var open))
        {
            throw new LocateException($"the {open.Directive} at line {open.Line} is never closed with endif (make stops with \"missing 'endif'\")", _lines.First(l => l.Line == open.Line).Start);
        }

        return new MakefileReading(_assignments, _recipes);
    }

    /// <summary>Reads the line at <paramref name="index"/> and returns the index of the last line it consumed (a define's endef).</summary>
    private int ReadLine(int index)
    {
        var line = _lines[index];
        var recipePrefixed = line.End > line.Start && _text[line.Start] == _recipePrefix;
        var maybeRecipe = false;
        if (recipePrefixed && _rule != RuleState.Outside)
        {
            maybeRecipe = _rule != RuleState.Inside;
            if (!maybeRecipe || MakeAssignmentParser.Assignment(_text, line.Start + 1, MakeSyntax.CommentStart(_text, line.Start + 1, line.End), false) is null)
            {
                _recipes.Add(line);
                return index;
            }
        }

        var start = recipePrefixed ? line.Start + 1 : line.Start;
        var end = MakeSyntax.CommentStart(_text, start, line.End);
        if (MakeSyntax.SkipBlanks(_text, start, end) == end)
        {
            return index; // blank or a comment: a rule stays open
        }

        if (MakeAssignmentParser.Assignment(_text, start, end, targetSpecific: false) is { } definition)
        {
            // An assignment closes the rule; one that may be a recipe line leaves it open in that reading.
            _rule = maybeRecipe ? _rule : RuleState.Outside;
            if (definition.Define)
            {
                return ReadDefine(index, definition);
            }

            Record(line, definition, end, null, maybeRecipe);
            return index;
        }

        var text = line.In(_text)[(start - line.Start)..(end - line.Start)];
        if (ReadConditional(line, text))
        {
            return index;
        }

        _rule = RuleState.Outside;
        if (MakeSyntax.FirstWord(text, Directives) is not null)
        {
            return index;
        }

        ReadRule(line, start, end);
        return index;
    }

    // target: prerequisites, or target: VAR = value (a target-specific assignment, which closes the rule again).
    private void ReadRule(MakeLine line, int start, int end)
    {
        var colon = RuleColon(start, end);
        if (colon < 0)
        {
            return; // a function call such as $(info …), or what make calls a missing separator
        }

        var after = colon + 1 < end && _text[colon + 1] == ':' ? colon + 2 : colon + 1;
        if (MakeAssignmentParser.Assignment(_text, after, end, targetSpecific: true) is { } definition)
        {
            var targets = _text[start..colon].Trim();
            Record(line, definition, end, targets, maybeRecipe: false);
            return;
        }

        _rule = RuleState.Inside;
    }

    private int RuleColon(int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            var c = _text[i];
            depth += c == '$' && i + 1 < end && _text[i + 1] is '(' or '{' ? 1 : c is ')' or '}' && depth > 0 ? -1 : 0;
            if (c == ':' && depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private void Record(MakeLine line, MakeDefinition definition, int end, string? targets, bool maybeRecipe)
    {
        var valueEnd = MakeSyntax.TrimEnd(_text, definition.ValueStart, end);
        var continued = line.Continued && _text.AsSpan(definition.ValueStart, Math.Max(0, valueEnd - definition.ValueStart)).IndexOfAny('\n', '\r') >= 0;
        var name = definition.Name(_text).ToString();
        var value = new TextSpan(definition.ValueStart, valueEnd - definition.ValueStart);
        if (!continued && targets is null && name == ".RECIPEPREFIX" && definition.Operator is not ("+=" or "!="))
        {
            _recipePrefix = value.Length > 0 && _text[value.Start] != '$' ? _text[value.Start] : '\t';
        }

        _assignments.Add(new MakeAssignment(name, definition.Operator, line.Line, continued ? null : value,
            continued ? "continues on the next line ('\\' at the end)" : null, targets, Branches(), maybeRecipe));
    }

    // define NAME [OP] … endef: the lines between are the value, read as they are (a tab line in it is not a recipe,
    // nor an endef). Nested defines count, as make counts them.
    private int ReadDefine(int index, MakeDefinition definition)
    {
        var depth = 1;
        for (var i = index + 1; i < _lines.Count; i++)
        {
            var line = _lines[i];
            var text = line.In(_text);
            if (text.Length > 0 && text[0] == _recipePrefix)
            {
                continue;
            }

            depth += MakeSyntax.StartsWithWord(text, "define") ? 1 : MakeSyntax.StartsWithWord(text, "endef") ? -1 : 0;
            if (depth == 0)
            {
                var body = _lines.GetRange(index + 1, i - index - 1);
                var (value, problem) = body switch
                {
                    [{ Continued: false } only] => ((TextSpan?)Trimmed(only), (string?)null),
                    [] => (null, "is defined with an empty define … endef"),
                    _ => ((TextSpan?)null, $"is defined over {body.Count} lines with define … endef"),
                };
                _assignments.Add(new MakeAssignment(definition.Name(_text).ToString(), definition.Operator, _lines[index].Line, value, problem, null, Branches(), false));
                return i;
            }
        }

        throw new LocateException($"the define at line {_lines[index].Line} is never closed with endef (make stops with \"missing 'endef'\")", _lines[index].Start);
    }

    private TextSpan Trimmed(MakeLine line)
    {
        var start = MakeSyntax.SkipBlanks(_text, line.Start, line.End);
        return new TextSpan(start, MakeSyntax.TrimEnd(_text, start, line.End) - start);
    }
}
