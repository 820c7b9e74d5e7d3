using System.Text.RegularExpressions;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>Help as a new user reads it: the top-level list agrees with each command's usage, fits 80 columns, and every help ends with examples.</summary>
public sealed partial class HelpTests
{
    [Fact]
    public void The_top_level_list_names_each_command_as_its_own_help_does_and_every_help_has_examples()
    {
        var dir = (Path: Path.GetTempPath(), 0);
        var top = Tool.Run(dir.Path, "--help").ShouldSucceed().Out;
        top.Split('\n').ShouldAllBe(line => line.Length <= 80 && !line.EndsWith(' '));
        top.ShouldContain("\nExamples:\n  slipway init ");
        var listed = top[(top.IndexOf("Commands:\n", StringComparison.Ordinal) + "Commands:\n".Length)..top.IndexOf("\nExamples:", StringComparison.Ordinal)]
            .Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal) && l[2] != ' ')
            .Select(l => ColumnGap().Split(l.Trim())[0]).ToList();
        listed.ShouldContain("tag [<VERSION>]");
        listed.Count.ShouldBeGreaterThan(15);
        foreach (var usage in listed)
        {
            var name = usage.Split(' ')[0];
            var help = Tool.Run(dir.Path, name, "--help").ShouldSucceed().Out;
            // In-process the root command is named after the test host, not slipway.
            help.ShouldContain($" {usage} [options]\n", Case.Sensitive, $"the top level says '{usage}'");
            help.Split('\n').ShouldAllBe(line => line.Length <= 80 && !line.EndsWith(' '));
            help.ShouldContain($"\nExamples:\n  slipway {name}", Case.Sensitive, name);
        }
    }

    [Fact]
    public void Every_example_in_the_help_is_a_command_line_slipway_accepts()
    {
        var dir = Path.GetTempPath();
        foreach (var example in Slipway.Cli.Output.HelpExamples.All)
        {
            // The command itself: before a redirection or the words that explain it; quoted words kept whole.
            var line = ColumnGap().Split(example.Split(" > ")[0])[0];
            var words = ShellWord().Matches(line).Select(m => m.Value.Trim('"')).Skip(1).ToArray();
            Tool.Run(dir, [.. words, "--help"]).ShouldSucceed().Out.ShouldContain("Usage:", Case.Sensitive, example);
        }
    }

    [GeneratedRegex("\"[^\"]*\"|[^ ]+")]
    private static partial Regex ShellWord();

    [GeneratedRegex("  +")]
    private static partial Regex ColumnGap();
}
