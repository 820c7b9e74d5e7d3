using System.CommandLine;
using System.Text.Json;
using Slipway.Cli.Infrastructure;
using Slipway.Cli.Output;
using Slipway.Core.Diagnostics;
using Slipway.Core.References;
using Slipway.Core.Versioning;
using Spectre.Console;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway verify</c>: exit 0 when every reference holds the version, 1 otherwise; a CI verify-versions job for every file.</summary>
internal sealed class VerifyCommand(CommandContext context) : ICliCommand
{
    private readonly Option<string?> _version = new Option<string?>("--version") { Description = "The version every reference must hold", HelpName = "VERSION" }.ReleaseVersions(context);
    private readonly Option<string?> _tag = new("--tag") { Description = "A tag whose version every reference must hold (e.g. $GITHUB_REF_NAME)", HelpName = "TAG" };

    public Command Build()
    {
        var command = new Command("verify", "Check that every reference holds one version (given, named by a tag, or the one they agree on)");
        command.Options.Add(_version);
        command.Options.Add(_tag);
        command.Validators.Add(result =>
        {
            if (result.GetValue(_version) is not null && result.GetValue(_tag) is not null)
            {
                result.AddError("give --version or --tag, not both");
            }
        });
        command.SetAction(parse => Run(context.Open(parse), parse.GetValue(_version), parse.GetValue(_tag)));
        return command;
    }

    private static int Run(Invocation run, string? versionText, string? tag)
    {
        var config = run.Config;
        var scan = ReferenceReader.Read(config);
        var expected = versionText is not null ? VersionArgument.Parse(versionText, "--version")
            : tag is not null ? config.Tag.VersionOf(tag) ?? throw new SlipwayException(Errors.Usage,
                $"--tag {tag} does not name a version under the tag template '{config.Tag.Source}'", $"a tag such as {config.Tag.TagFor(new SemVersion(1, 2, 3))}")
            : scan.Consensus.Version;

        var report = ReferenceReport.Build(scan, expected);
        var ok = report.AllHoldExpected;
        if (run.Json)
        {
            var json = new VerifyJson(expected?.ToString() ?? "(none)", ok, report.Rows.Select(ReferenceRowJson.From).ToList());
            run.Out.WriteLine(JsonSerializer.Serialize(json, SlipwayJson.Output.VerifyJson));
            return ok ? 0 : (int)ExitCode.CheckFailed;
        }

        if (ok)
        {
            var count = report.Rows.Count(r => r.Status == RowStatus.Ok);
            run.Console.MarkupLine($"[green]ok:[/] all {count} checked values hold {expected} (tag {Shown.Markup(config.Tag.TagFor(expected!))}).");
            return 0;
        }

        run.Console.MarkupLine(expected is null
            ? "[red]failed:[/] the references do not hold any one version."
            : $"[red]failed:[/] not every reference holds {expected}.");
        run.Console.Write(ReferenceTable.Build(report.Failures, withExpected: true));
        return (int)ExitCode.CheckFailed;
    }
}
