using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using Slipway.Core.Planning;

namespace Slipway.Core.Tests.Planning;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void Prints_a_one_line_change_as_git_does()
    {
        var diff = UnifiedDiff.Create("Makefile", "a\nb\nc\nVERSION ?= 0.1.0\nd\ne\nf\ng\n", "a\nb\nc\nVERSION ?= 0.2.0\nd\ne\nf\ng\n");
        diff.ShouldBe("--- a/Makefile\n+++ b/Makefile\n@@ -1,7 +1,7 @@\n a\n b\n c\n-VERSION ?= 0.1.0\n+VERSION ?= 0.2.0\n d\n e\n f\n");
    }

    [Fact]
    public void Marks_a_missing_final_newline_and_new_files()
    {
        UnifiedDiff.Create("VERSION", "0.1.0", "0.2.0").ShouldBe("--- a/VERSION\n+++ b/VERSION\n@@ -1 +1 @@\n-0.1.0\n\\ No newline at end of file\n+0.2.0\n\\ No newline at end of file\n");
        UnifiedDiff.Create("new.txt", null, "x\n").ShouldBe("--- /dev/null\n+++ b/new.txt\n@@ -0,0 +1 @@\n+x\n");
    }

    [Fact]
    public void Git_applies_every_generated_diff_and_gets_the_new_text()
    {
        var lines = Gen.Elements("a", "b", "c", "version: 1", "version: 2", "");
        var texts = from n in Gen.Choose(0, 14) from ls in Gen.ListOf(lines, n) from newline in Gen.Elements(true, false)
                    select string.Join('\n', ls) + (newline && ls.Count > 0 ? "\n" : string.Empty);
        var pairs = from a in texts from b in texts select (a, b);
        using var directory = new TempDirectory();
        Prop.ForAll(Arb.From(pairs), pair =>
        {
            var (before, after) = pair;
            if (before == after)
            {
                return true.ToProperty();
            }

            var file = Path.Combine(directory.Path, "f.txt");
            File.WriteAllText(file, before);
            var patch = Path.Combine(directory.Path, "p.diff");
            File.WriteAllText(patch, UnifiedDiff.Create("f.txt", before, after));
            var apply = Process.Start(new ProcessStartInfo("git", ["apply", "--unsafe-paths", "p.diff"]) { WorkingDirectory = directory.Path, RedirectStandardError = true })!;
            var error = apply.StandardError.ReadToEnd();
            apply.WaitForExit();
            return (apply.ExitCode == 0 && File.ReadAllText(file) == after).Label(error + "\n" + File.ReadAllText(patch));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }
}
