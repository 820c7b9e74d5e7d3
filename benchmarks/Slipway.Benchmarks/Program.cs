using Slipway.Benchmarks;

// slipway-bench files DIR [--files N]       a repository of N tracked files (default 10,000) for audit
// slipway-bench history DIR [--commits N]   N pull requests landed on main (default 100,000) for notes
// slipway-bench crds DIR [--crds N] [--lines L]   N CRDs of about L lines (default 8 of 5,000), two releases, for api
return args switch
{
    ["files", var directory, ..] => FileTreeGenerator.Run(directory, Option(args, "--files", 10_000)),
    ["history", var directory, ..] => HistoryGenerator.Run(directory, Option(args, "--commits", 100_000)),
    ["crds", var directory, ..] => CrdRepositoryGenerator.Run(directory, Option(args, "--crds", 8), Option(args, "--lines", 5_000)),
    _ => Usage(),
};

static int Option(string[] args, string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}

static int Usage()
{
    Console.Error.WriteLine("usage: slipway-bench files DIR [--files N]\n       slipway-bench history DIR [--commits N]\n       slipway-bench crds DIR [--crds N] [--lines L]");
    return 2;
}
