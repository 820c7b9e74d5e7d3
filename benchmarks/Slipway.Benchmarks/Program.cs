using Slipway.Benchmarks;

// slipway-bench files DIR [--files N]     a repository of N tracked files (default 10,000) for audit
return args switch
{
    ["files", var directory, ..] => FileTreeGenerator.Run(directory, Option(args, "--files", 10_000)),
    _ => Usage(),
};

static int Option(string[] args, string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}

static int Usage()
{
    Console.Error.WriteLine("usage: slipway-bench files DIR [--files N]");
    return 2;
}
