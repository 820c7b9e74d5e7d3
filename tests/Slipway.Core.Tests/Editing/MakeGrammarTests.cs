using System.Diagnostics;
using System.Text.RegularExpressions;
using Slipway.Core.Editing.Locators.Make;

namespace Slipway.Core.Tests.Editing;

/// <summary>
/// The Makefile fixtures (Fixtures/make) read by GNU make itself. For every line that looks like it
/// sets VERSION (the name followed by an assignment operator, or define VERSION), the variable is
/// renamed on that line alone and make is asked (<c>make -p</c>) whether the renamed variable is now
/// a global variable: that is whether make reads the line as an assignment. The lines make confirms,
/// under each setting of the case's gnu-make file (one line of make arguments per run, to read every
/// branch of its conditionals), must be exactly the assignments Slipway's reader finds.
/// </summary>
public sealed partial class MakeGrammarTests
{
    private const string Probe = "SLIPWAY_PROBE";

    public static TheoryData<string> Cases() => new(UpdaterCase.Names().Where(n => n.StartsWith("make/", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Slipway_reads_the_same_assignments_as_gnu_make(string name)
    {
        var folder = Path.Combine(UpdaterCase.Root, name);
        var text = File.ReadAllText(Path.Combine(folder, "Makefile"));
        var runs = File.Exists(Path.Combine(folder, "gnu-make")) ? File.ReadAllLines(Path.Combine(folder, "gnu-make")).ToList() : [string.Empty];
        if (runs[0].StartsWith("requires ", StringComparison.Ordinal))
        {
            var required = Version.Parse(runs[0]["requires ".Length..]);
            var installed = MakeVersion();
            if (installed < required)
            {
                Assert.Skip($"the case is GNU make {required} grammar; this machine has GNU make {installed}");
            }

            runs = runs.Skip(1).DefaultIfEmpty(string.Empty).ToList();
        }

        var ours = MakefileReader.Read(text).Assignments
            .Where(a => a.Name == "VERSION" && a.Targets is null && a.Operator is not ("+=" or "!="))
            .Select(a => a.Line)
            .ToHashSet();
        var lines = text.Split('\n');
        var candidates = Enumerable.Range(1, lines.Length).Where(n => Setting().IsMatch(lines[n - 1])).ToList();
        candidates.ShouldNotBeEmpty($"{name} has no line that looks like it sets VERSION");

        var confirmed = candidates.Where(n => runs.Any(run => MakeReadsAnAssignment(lines, n, run))).ToHashSet();
        confirmed.Order().ShouldBe(ours.Order(), $"{name}: the lines GNU make reads as assignments of VERSION (candidates: {string.Join(", ", candidates)})");
    }

    private static bool MakeReadsAnAssignment(string[] lines, int line, string arguments)
    {
        using var directory = new TempDirectory();
        var renamed = lines.ToArray();
        renamed[line - 1] = Setting().Replace(renamed[line - 1], m => m.Value.Replace("VERSION", Probe, StringComparison.Ordinal), 1);
        File.WriteAllText(Path.Combine(directory.Path, "Makefile"), string.Join('\n', renamed));
        var database = Make(directory.Path, ["-pn", "-R", "-r", "-f", "Makefile", "--eval=slipway-probe: ; @:", .. arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries), "slipway-probe"]);
        // Global variables are listed between these two lines; target-specific ones come later, under their targets.
        var variables = database[database.IndexOf("# Variables", StringComparison.Ordinal)..database.IndexOf("# variable set hash-table stats", StringComparison.Ordinal)];
        var inDefine = false;
        foreach (var entry in variables.Split('\n'))
        {
            // A multi-line value is printed as define NAME … endef: its lines are the value, not variables.
            if (entry == $"define {Probe}" || (!inDefine && entry.StartsWith(Probe + " ", StringComparison.Ordinal)))
            {
                return true;
            }

            inDefine = inDefine ? entry != "endef" : entry.StartsWith("define ", StringComparison.Ordinal);
        }

        return false;
    }

    private static Version MakeVersion() =>
        Version.Parse(Regex.Match(Make(Path.GetTempPath(), ["--version"]), @"GNU Make (\d+\.\d+)").Groups[1].Value);

    private static string Make(string directory, string[] arguments)
    {
        var start = new ProcessStartInfo("make", arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment.Clear();
        start.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"make {string.Join(' ', arguments)} failed: {error.GetAwaiter().GetResult()}");
        return output;
    }

    // VERSION followed by an operator that sets it, or define VERSION.
    [GeneratedRegex(@"(?<![\w.-])VERSION(?=[ \t]*(?:=|:=|::=|:::=|\?=))|(?<=\bdefine[ \t]+)VERSION\b", RegexOptions.CultureInvariant)]
    private static partial Regex Setting();
}
