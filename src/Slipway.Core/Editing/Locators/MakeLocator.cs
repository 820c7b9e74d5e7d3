using System.Text.RegularExpressions;
using Slipway.Core.Editing.Locators.Make;

namespace Slipway.Core.Editing.Locators;

/// <summary>
/// <c>make: VERSION</c>: the value of every global assignment of a Makefile variable, read with GNU
/// make's grammar (<see cref="MakefileReader"/>): <c>VERSION ?= 1.2.3</c>, <c>export VERSION := 1.2.3</c>,
/// a one-line <c>define VERSION … endef</c>, in any branch of a conditional (each branch counts).
/// The value excludes surrounding blanks and a trailing comment. Not matched: recipe lines (shell
/// commands such as <c>VERSION=$(VERSION) ./build.sh</c>), target- and pattern-specific assignments,
/// appends (<c>+=</c>) and shell assignments (<c>!=</c>), none of which hold the variable's version.
/// </summary>
public sealed class MakeLocator(string variable) : IVersionLocator
{
    private static readonly HashSet<string> Setting = new(StringComparer.Ordinal) { "=", ":=", "::=", ":::=", "?=", string.Empty };

    public string Description => $"make: {variable}";

    public IReadOnlyList<LocatedValue> Locate(string text)
    {
        var found = new List<LocatedValue>();
        foreach (var assignment in MakefileReader.Read(text).Assignments.Where(IsGlobalSetting))
        {
            if (assignment.MaybeRecipe)
            {
                throw new LocateException(
                    $"line {assignment.Line} is a recipe line when the rule above it is read and an assignment of {variable} when it is not ({assignment.Where}); Slipway cannot tell which make will read",
                    LineStart(text, assignment.Line));
            }

            if (assignment.Value is not { } span)
            {
                throw new LocateException($"{variable} {assignment.Problem}; Slipway replaces only one-line values", LineStart(text, assignment.Line));
            }

            found.Add(new LocatedValue(span, text.Substring(span.Start, span.Length), ValueEncoding.Raw) { Note = assignment.Where });
        }

        return found;
    }

    public string ExplainNoMatch(string text)
    {
        var general = $"no assignment of {variable} (such as '{variable} ?= 1.2.3' or '{variable} := 1.2.3')";
        MakefileReading reading;
        try
        {
            reading = MakefileReader.Read(text);
        }
        catch (LocateException)
        {
            return general;
        }

        var reasons = new List<string>();
        var mine = reading.Assignments.Where(a => a.Name == variable).ToList();
        if (mine.Where(a => a.Targets is not null).Select(a => $"line {a.Line} sets it for '{a.Targets}' only (a target-specific assignment)").FirstOrDefault() is { } targetSpecific)
        {
            reasons.Add(targetSpecific);
        }

        if (mine.FirstOrDefault(a => a.Targets is null && !Setting.Contains(a.Operator)) is { } other)
        {
            reasons.Add($"line {other.Line} {(other.Operator == "+=" ? "appends to it (+=)" : "sets it from a shell command (!=)")}");
        }

        var mention = new Regex(@"(?<![\w.-])" + Regex.Escape(variable) + @"\s*[:?+!]?=", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (reading.RecipeLines.FirstOrDefault(l => mention.IsMatch(text.AsSpan(l.Start, l.End - l.Start))) is { Line: > 0 } recipe)
        {
            reasons.Add($"line {recipe.Line} is a recipe line (a shell command of a rule), not an assignment");
        }

        return reasons.Count == 0 ? general : $"{general}: {string.Join("; ", reasons)}";
    }

    private bool IsGlobalSetting(MakeAssignment assignment) =>
        assignment.Targets is null && Setting.Contains(assignment.Operator) && string.Equals(assignment.Name, variable, StringComparison.Ordinal);

    private static int LineStart(string text, int line) => new LineMap(text).ToOffset(line, 1);
}
