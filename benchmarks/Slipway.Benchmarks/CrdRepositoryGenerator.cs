using System.Diagnostics;
using System.Text;

namespace Slipway.Benchmarks;

/// <summary>
/// A repository of N CustomResourceDefinitions of about L lines each (bpfman ships eight), released
/// twice: v1.0.0, then v1.1.0 after a release that changed every CRD a little (fields added and
/// removed, descriptions reworded, bounds tightened, enum values added), as a real release does.
/// Two of the CRDs serve two versions. Deterministic: the same N and L give the same commits.
/// </summary>
internal static class CrdRepositoryGenerator
{
    private static readonly string[] Kinds = ["XdpProgram", "TcProgram", "TcxProgram", "TracepointProgram", "KprobeProgram", "UprobeProgram", "FentryProgram", "FexitProgram"];

    public static int Run(string directory, int crds, int lines)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(directory);
        GitCommand.Run(directory, "init", "-q", "-b", "main");
        File.WriteAllText(Path.Combine(directory, "slipway.yaml"),
            "versions:\n  - file: VERSION\n    whole: true\napi:\n  crds: [config/crd/bases/*.yaml]\n  types: [\"apis/**/*.go\"]\n  unclassified: warn\n");
        Release(directory, crds, lines, "1.0.0", mutated: false);
        Release(directory, crds, lines, "1.1.0", mutated: true);
        var sizes = Directory.GetFiles(Path.Combine(directory, "config", "crd", "bases")).Select(f => File.ReadAllLines(f).Length).ToList();
        Console.WriteLine($"{crds} CRDs of {sizes.Min()}-{sizes.Max()} lines ({sizes.Sum()} in all), tags v1.0.0 and v1.1.0, in {directory}: {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    private static void Release(string directory, int crds, int lines, string version, bool mutated)
    {
        var bases = Path.Combine(directory, "config", "crd", "bases");
        Directory.CreateDirectory(bases);
        for (var i = 0; i < crds; i++)
        {
            var kind = Kinds[i % Kinds.Length] + (i >= Kinds.Length ? (i / Kinds.Length).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
            File.WriteAllText(Path.Combine(bases, $"bpfman.io_{kind.ToLowerInvariant()}s.yaml"), Crd(kind, i, lines, mutated));
        }

        File.WriteAllText(Path.Combine(directory, "VERSION"), version + "\n");
        GitCommand.Run(directory, "add", "-A");
        GitCommand.Run(directory, "-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-q", "-m", $"chore: release v{version}");
        GitCommand.Run(directory, "-c", "user.name=bench", "-c", "user.email=bench@example.com", "tag", "-a", "-m", $"Release v{version}", $"v{version}");
    }

    private static string Crd(string kind, int index, int lines, bool mutated)
    {
        var plural = kind.ToLowerInvariant() + "s";
        var versions = index < 2 ? new[] { "v1alpha1", "v1beta1" } : ["v1alpha1"];
        var text = new StringBuilder();
        text.Append("---\napiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  annotations:\n")
            .Append("    controller-gen.kubebuilder.io/version: ").Append(mutated ? "v0.16.3" : "v0.16.1").Append('\n')
            .Append($"  name: {plural}.bpfman.io\nspec:\n  group: bpfman.io\n  names:\n    categories:\n    - bpfman\n")
            .Append($"    kind: {kind}\n    listKind: {kind}List\n    plural: {plural}\n    singular: {kind.ToLowerInvariant()}\n  scope: Cluster\n  versions:\n");
        foreach (var version in versions)
        {
            // The same seed for each version of a CRD, so that its versions share a schema; the
            // mutations of the second release depend on the property names only.
            var writer = new CrdSchemaWriter(new Random(1000 + index), mutated ? CrdSchemaWriter.Mutate(40, index) : _ => null);
            text.Append("  - additionalPrinterColumns:\n    - jsonPath: .spec.nodeSelector\n      name: NodeSelector\n      type: string\n")
                .Append($"    name: {version}\n    schema:\n      openAPIV3Schema:\n")
                .Append($"        description: {kind} is the Schema for the {plural} API\n")
                .Append("        properties:\n          apiVersion:\n            type: string\n          kind:\n            type: string\n          metadata:\n            type: object\n          spec:\n")
                .Append(writer.Write(12, lines / versions.Length))
                .Append("          status:\n            properties:\n              conditions:\n                items:\n                  type: object\n                type: array\n            type: object\n        type: object\n")
                .Append($"    served: true\n    storage: {(version == versions[^1] ? "true" : "false")}\n    subresources:\n      status: {{}}\n");
        }

        return text.ToString();
    }
}
