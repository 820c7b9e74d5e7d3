using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace Slipway.Core.Tests.Configuration;

/// <summary>
/// Generated configurations for the fuzzer: the real ones (the examples, Slipway's own, every YAML
/// block of the docs) mutated as a careless or hostile author would: lines lost, doubled or
/// re-indented, values replaced by wrong types, huge numbers, odd Unicode, escapes, hostile paths
/// and git names; deep nesting, anchors and aliases, merge keys, tags, second documents; stray
/// characters; and bytes that are not UTF-8.
/// </summary>
internal static partial class ConfigMutations
{
    public static IReadOnlyList<string> Seeds { get; } = LoadSeeds();

    private static readonly string[] HostileValues =
    [
        // wrong types and empties
        "[a, b]", "{a: 1}", "~", "null", "true", "''", "\"\"", "[]", "{}", "-", "? x", "|\n  block", ">-\n  folded",
        // huge and odd numbers
        "99999999999999999999", "9223372036854775807", "-1", "0", "1e400", "0x10", "1_000", ".5", "NaN", "-.inf",
        "999999999999h", "99999999999999999999h", "9223372036854775807s", "0.0000000001s", "1.5.5h", "0s", "168.0001h",
        // odd Unicode and escapes
        "\"\\u202Ev{version}\"", "\"\\e[31m{version}\"", "\"\\0\"", "\"\\uD800\"", "\"a\\tb\"", "é{version}", "🚀", "\"\\u200B\"", "ｖ{version}",
        // templates
        "'{version'", "'{nope}'", "'{?prerelease:{?x:y}}'", "'{{'", "'}'", "'{}'", "'{?:x}'", "abc", "'v{version}{version}'", "'{major}.{minor}'",
        // paths
        "../x", "/etc/passwd", ".git/HEAD", "a/../../b", "./.git/config", ".GIT/x", "'{owner}/x'", "'../v{version}'", "C:\\\\x", "~/x", ".", "./",
        // globs
        "'[abc'", "'{a,{b,{c'", "'[]'", "'[z-a]'", "'**/**/**'", "'[!]'", "'a\\\\'",
        // git names
        "'-d{version}'", "'--upload-pack=touch pwned'", "a..b", "'a b'", "HEAD", "'@'", "'x.lock'", "'a/.b'", "'a@{b'",
        // regular expressions and key paths
        "'('", "'(?<version>'", "'(?<version>a)\\1'", "'['", "'(?<version>(a+)+$)'", "'a[99999999999999999999]'", "'99999999999999999999:a'", "'a..b'", "'[key='",
        // aliases
        "*undefined", "*a", "&a x",
    ];

    private static readonly string[] Stray =
        [":", "{", "}", "[", "]", "'", "\"", "*", "&", "!", "|", ">", "#", "%", "@", "`", "\t", "\r", "\n", " ", "-", ",", "?", "\\", "\u00a0", "\u2028", "\ufeff"];

    private static readonly string[] StructuralLines =
    [
        "---", "...", "%YAML 1.2", "%TAG ! tag:x,2024:", "<<: *a", "x: &a {b: 1}", "? complex", ": key", "!!binary aGk=",
        "versions: !!str x", "tag: !custom v{version}", "name: !!int 5", "- orphan", "  deeply:\n    nested:\n      - 1",
        "steps:\n  - name: a\n    text: x\n  - name: a\n    text: y", "base: ''", "remote: ''", "checks:\n  - run: x\n    timeout: 999999999999h",
        "notes:\n  template: ../t.hbs\n  file: /tmp/x", "copies:\n  - from: a\n    to: ../b{version}",
        "? &c [*c]\n: x", "? {a: 1}\n: b", "x: &k y\n*k : 1", "? [a]\n: [b]",
    ];

    /// <summary>A seed with one to four mutations, as bytes (some mutations are not text at all).</summary>
    public static Gen<byte[]> Configurations { get; } =
        from seed in Gen.Elements(Seeds.ToArray())
        from count in Gen.Choose(1, 4)
        from mutations in Gen.ListOf(Mutation, count)
        from bytes in Bytes(mutations.Aggregate(seed, (text, mutate) => mutate(text)))
        select bytes;

    private static Gen<Func<string, string>> Mutation => Gen.OneOf(
        LineMutation, LineMutation, ValueMutation, ValueMutation, ValueMutation,
        StructuralMutation, CharacterMutation, NestingMutation, AnchorMutation);

    private static Gen<Func<string, string>> LineMutation =>
        from kind in Gen.Choose(0, 4)
        from a in Gen.Choose(0, 1000)
        from b in Gen.Choose(0, 1000)
        select (Func<string, string>)(text => EditLines(text, lines =>
        {
            if (lines.Count == 0)
            {
                return;
            }

            var (i, j) = (a % lines.Count, b % lines.Count);
            switch (kind)
            {
                case 0: lines.RemoveAt(i); break;
                case 1: lines.Insert(i, lines[j]); break;
                case 2: (lines[i], lines[j]) = (lines[j], lines[i]); break;
                case 3: lines[i] = "  " + lines[i]; break;
                default: lines[i] = lines[i].TrimStart(' '); break;
            }
        }));

    // Replaces the value of one "key: value" line (or a "- item") with a hostile one.
    private static Gen<Func<string, string>> ValueMutation =>
        from which in Gen.Choose(0, 1000)
        from value in Gen.Elements(HostileValues)
        select (Func<string, string>)(text => EditLines(text, lines =>
        {
            var candidates = lines.Select((line, index) => (line, index)).Where(l => ValueLine().IsMatch(l.line)).ToList();
            if (candidates.Count > 0)
            {
                var (line, index) = candidates[which % candidates.Count];
                lines[index] = ValueLine().Replace(line, m => m.Groups["head"].Value + value, 1);
            }
        }));

    private static Gen<Func<string, string>> StructuralMutation =>
        from at in Gen.Choose(0, 1000)
        from line in Gen.Elements(StructuralLines)
        select (Func<string, string>)(text => EditLines(text, lines => lines.Insert(at % (lines.Count + 1), line)));

    private static Gen<Func<string, string>> CharacterMutation =>
        from at in Gen.Choose(0, 100_000)
        from insert in Gen.Elements(Stray)
        from delete in Gen.Elements(true, false)
        select (Func<string, string>)(text =>
        {
            if (text.Length == 0)
            {
                return insert;
            }

            var i = at % text.Length;
            return delete ? text.Remove(i, 1) : text.Insert(i, insert);
        });

    private static Gen<Func<string, string>> NestingMutation =>
        from depth in Gen.OneOf(Gen.Choose(1, 70), Gen.Choose(1000, 20_000))
        from flow in Gen.Elements(true, false)
        select (Func<string, string>)(text => text + "\nname: " + (flow
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Range(0, Math.Min(depth, 200)).Select(i => "\n" + new string(' ', 2 * (i + 1)) + "k:"))));

    private static Gen<Func<string, string>> AnchorMutation =>
        from which in Gen.Choose(0, 1000)
        from form in Gen.Choose(0, 3)
        select (Func<string, string>)(text => EditLines(text, lines =>
        {
            var values = lines.Select((line, index) => (line, index)).Where(l => ValueLine().IsMatch(l.line)).ToList();
            if (values.Count < 2)
            {
                return;
            }

            var (first, second) = (values[which % values.Count], values[(which + 1) % values.Count]);
            lines[first.index] = ValueLine().Replace(first.line, m => m.Groups["head"].Value + "&a " + m.Groups["value"].Value, 1);
            lines[second.index] = form switch
            {
                0 => ValueLine().Replace(second.line, m => m.Groups["head"].Value + "*a", 1),
                1 => ValueLine().Replace(second.line, m => m.Groups["head"].Value + "&a [*a]", 1),
                2 => second.line + "\n<<: *a",
                _ => ValueLine().Replace(second.line, m => m.Groups["head"].Value + "*b", 1),
            };
        }));

    // Most as UTF-8; some with a NUL, a lone continuation byte, or Latin-1 bytes.
    private static Gen<byte[]> Bytes(string text) =>
        from damage in Gen.Frequency((12, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        from at in Gen.Choose(0, 100_000)
        select Damaged(Encoding.UTF8.GetBytes(text), damage, at);

    private static byte[] Damaged(byte[] bytes, int damage, int at)
    {
        if (damage == 0)
        {
            return bytes;
        }

        var i = bytes.Length == 0 ? 0 : at % bytes.Length;
        byte[] inserted = damage switch { 1 => [0x00], 2 => [0x80], _ => [0xE9, 0x20] };
        return [.. bytes[..i], .. inserted, .. bytes[i..]];
    }

    private static string EditLines(string text, Action<List<string>> edit)
    {
        var lines = text.Split('\n').ToList();
        edit(lines);
        return string.Join('\n', lines);
    }

    private static List<string> LoadSeeds()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Seeds");
        var seeds = Directory.EnumerateFiles(directory, "slipway.yaml", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        foreach (var document in new[] { "configuration.md", "README.md" })
        {
            var markdown = File.ReadAllText(Path.Combine(directory, document));
            seeds.AddRange(YamlFence().Matches(markdown).Select(m => m.Groups["body"].Value).Where(body => body.Contains("versions:", StringComparison.Ordinal)));
        }

        return seeds;
    }

    [GeneratedRegex(@"^(?<head>\s*(-\s+)?[A-Za-z][\w.-]*:\s+|\s*-\s+)(?<value>\S.*)$")]
    private static partial Regex ValueLine();

    [GeneratedRegex(@"^```yaml\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex YamlFence();
}
