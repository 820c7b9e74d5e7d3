using Slipway.Benchmarks;

// slipway-bench files DIR [--files N]       a repository of N tracked files (default 10,000) for audit
// slipway-bench history DIR [--commits N]   N pull requests landed on main (default 100,000) for notes
return args switch
{
    ["files", var directory, ..] => FileTreeGenerator.Run(directory, Option(args, "--files", 10_000)),
    ["history", var directory, ..] => HistoryGenerator.Run(directory, Option(args, "--commits", 100_000)),
    _ => Usage(),
};

static int Option(string[] args, string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}

static int Usage()
{
    Console.Error.WriteLine("usage: slipway-bench files DIR [--files N]\n       slipway-bench history DIR [--commits N]");
    return 2;
}
