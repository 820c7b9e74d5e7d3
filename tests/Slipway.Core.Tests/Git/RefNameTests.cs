using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using Slipway.Core.Git;

namespace Slipway.Core.Tests.Git;

/// <summary>Slipway's check of branch and tag names agrees with git check-ref-format, and adds only "not an option" and "not '@'".</summary>
public sealed class RefNameTests
{
    private static readonly Gen<string> Names =
        from count in Gen.Choose(1, 5)
        from parts in Gen.ListOf(Gen.Elements("a", "v1.2.3", "release", "/", ".", "..", "-", "@", "{", "@{", "~", "^", ":", "?", "*", "[", "\\", " ", "\t", ".lock", "lock", "é", "HEAD", "\u007f", "//"), count)
        select string.Concat(parts);

    [Fact]
    public void Agrees_with_git_on_generated_names() =>
        Prop.ForAll(Arb.From(Names), name =>
        {
            var gitAccepts = GitAccepts("refs/tags/" + name) && !name.StartsWith('-') && name != "@";
            return (RefName.TagProblem(name) is null == gitAccepts).Label($"'{name}': git {(gitAccepts ? "accepts" : "refuses")}, Slipway says {RefName.TagProblem(name) ?? "fine"}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));

    [Theory]
    [InlineData("-d1.2.3", "it begins with '-', so git would read it as an option")]
    [InlineData("--upload-pack=touch pwned", "it begins with '-', so git would read it as an option")]
    [InlineData("", "it is empty")]
    [InlineData("HEAD", "'HEAD' cannot be a branch name")]
    [InlineData("@", "'@' alone is git's name for HEAD")]
    [InlineData("release/.v1", "the part '.v1' begins with '.' or ends with '.lock'")]
    public void Names_git_would_misread_are_refused_with_the_reason(string name, string problem) =>
        RefName.BranchProblem(name).ShouldBe(problem);

    private static bool GitAccepts(string reference)
    {
        var info = new ProcessStartInfo("git", ["check-ref-format", reference]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(info)!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
