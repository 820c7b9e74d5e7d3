using System.Globalization;
using System.Text;

namespace Slipway.Benchmarks;

/// <summary>
/// A repository shaped like a large cloud-native project: source, manifests, docs and some binaries
/// in nested directories, a few files naming the current version, and many look-alikes that must
/// not match (0.5.10, 10.5.1, 0.0.0.0). Deterministic: the same N gives the same tree.
/// </summary>
internal static class FileTreeGenerator
{
    public const string Version = "0.5.1";

    private static readonly string[] Extensions = [".go", ".go", ".go", ".rs", ".yaml", ".yaml", ".md", ".json", ".sh", ".png"];
    private static readonly string[] Words = ["controller", "reconcile", "dispatcher", "program", "attach", "status", "metrics", "bytecode", "image", "release"];

    public static int Run(string directory, int files)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(20261121);
        for (var i = 0; i < files; i++)
        {
            var extension = Extensions[random.Next(Extensions.Length)];
            var path = Path.Combine(directory, $"pkg{i % 40:00}", $"sub{i % 7}", $"{Words[random.Next(Words.Length)]}_{i:00000}{extension}");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (extension == ".png")
            {
                var bytes = new byte[random.Next(2_000, 40_000)];
                random.NextBytes(bytes);
                bytes[10] = 0; // a NUL near the start, as in every real PNG
                File.WriteAllBytes(path, bytes);
                continue;
            }

            File.WriteAllText(path, Body(random, i));
        }

        File.WriteAllText(Path.Combine(directory, "Makefile"), $"# build\nVERSION ?= {Version}\n");
        File.WriteAllText(Path.Combine(directory, "slipway.yaml"), "name: generated\nversions:\n  - file: Makefile\n    make: VERSION\n");
        GitCommand.Run(directory, "init", "-q", "-b", "main");
        GitCommand.Run(directory, "add", "-A");
        GitCommand.Run(directory, "-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-q", "-m", "generated tree");
        Console.WriteLine($"{files} files in {directory}");
        return 0;
    }

    private static string Body(Random random, int index)
    {
        var text = new StringBuilder();
        var lines = random.Next(20, 600);
        for (var line = 0; line < lines; line++)
        {
            text.Append(CultureInfo.InvariantCulture, $"// {Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} step {line} of {index}: addr 0.0.0.0:{8000 + line}, next 0.5.10, old 10.5.1\n");
        }

        if (index % 50 == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"image: quay.io/bpfman/bpfman:v{Version}\n");
        }

        return text.ToString();
    }
}
