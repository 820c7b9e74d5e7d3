using Slipway.Corpus;

// slipway-corpus --mirror DIR --work DIR --slipway PATH --projects DIR [--report FILE] [PROJECT...]
// Replays the real releases of every project under --projects (or those named) whose snapshot is in
// --mirror, prints the table to stdout and writes every release's details to --report.
var options = new Dictionary<string, string>(StringComparer.Ordinal);
var names = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
    {
        options[args[i]] = args[++i];
    }
    else
    {
        names.Add(args[i]);
    }
}

if (!options.TryGetValue("--mirror", out var mirror) || !options.TryGetValue("--work", out var work)
    || !options.TryGetValue("--slipway", out var slipway) || !options.TryGetValue("--projects", out var projects))
{
    Console.Error.WriteLine("usage: slipway-corpus --mirror DIR --work DIR --slipway PATH --projects DIR [--report FILE] [PROJECT...]");
    return 2;
}

var results = new List<ProjectResult>();
foreach (var directory in Directory.GetDirectories(projects).Order(StringComparer.Ordinal))
{
    var project = ProjectManifest.Load(directory);
    if (names.Count > 0 && !names.Contains(project.Name))
    {
        continue;
    }

    if (!Directory.Exists(project.MirrorPath(mirror)))
    {
        Console.Error.WriteLine($"{project.Name}: no snapshot at {project.MirrorPath(mirror)}; fetch github:{project.Repository} first");
        continue;
    }

    results.Add(ProjectReplay.Run(project, Path.GetFullPath(mirror), Path.GetFullPath(work), Path.GetFullPath(slipway), Console.Error.WriteLine));
}

Console.Write(CorpusReport.Table(results));
var report = options.GetValueOrDefault("--report") ?? Path.Combine(work, "report.md");
File.WriteAllText(report, CorpusReport.Table(results) + "\n" + CorpusReport.Details(results));
Console.Error.WriteLine($"details: {report}");
return 0;
