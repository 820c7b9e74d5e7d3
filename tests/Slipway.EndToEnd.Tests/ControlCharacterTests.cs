using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// Commit subjects and file contents are written by anyone who can push, and a terminal obeys the
/// escape sequences in them. What Slipway prints for people shows them escaped (\x1b); release notes,
/// a document, leave them out. No raw control character reaches the terminal or the notes file.
/// </summary>
public sealed class ControlCharacterTests
{
    private const string Escape = "\u001b";

    private static TestRepository Repository()
    {
        var repo = TestRepository.Create();
        repo.Write("VERSION", "1.0.0\n");
        repo.Write("STATUS.md", "Version: 1.0.0" + Escape + "[2J\n");
        repo.Write("slipway.yaml", "versions:\n  - file: VERSION\n    whole: true\nnotes:\n  file: CHANGELOG-{version}.md\n");
        repo.Commit("feat: first");
        repo.Git("tag", "v1.0.0");
        repo.Commit("feat: " + Escape + "[31mred" + Escape + "[0m and " + Escape + "]0;retitled\u0007 subject");
        repo.Commit("fix: report admin\u202Etxt.exe safely\r (#7)");
        return repo;
    }

    [Fact]
    public void Notes_on_the_terminal_and_in_the_file_leave_control_characters_out()
    {
        using var repo = Repository();
        var printed = Tool.Run(repo.Path, "notes", "--version", "1.1.0").ShouldSucceed().Out;
        printed.ShouldContain("[31mred[0m and ]0;retitled subject");
        printed.ShouldContain("Report admintxt.exe safely** (#7)");
        NoControlCharacters(printed);

        Tool.Run(repo.Path, "notes", "--write", "--version", "1.1.0").ShouldSucceed();
        var written = repo.Read("CHANGELOG-1.1.0.md");
        written.ShouldContain("[31mred[0m");
        NoControlCharacters(written);
    }

    [Fact]
    public void Diagnostics_and_tables_show_control_characters_escaped()
    {
        using var repo = Repository();
        var next = Tool.Run(repo.Path, "next").ShouldSucceed();
        next.Error.ShouldContain(@"\x1b[31mred\x1b[0m and \x1b]0;retitled\x07 subject");
        NoControlCharacters(next.Out + next.Error);

        repo.Write("slipway.yaml", "versions:\n  - file: STATUS.md\n    regex: 'Version: (?<version>\\S+)'\n");
        var show = Tool.Run(repo.Path, "show");
        show.Out.ShouldContain(@"1.0.0\x1b[2J");
        NoControlCharacters(show.Out + show.Error);

        var error = Tool.Run(repo.Path, "notes", "--from", Escape + "[2J").ShouldExit(2);
        error.Error.ShouldContain(@"'\x1b[2J' is not a commit");
        NoControlCharacters(error.Error);
    }

    private static void NoControlCharacters(string text) =>
        text.Where(c => (char.IsControl(c) && c is not '\n' and not '\t') || c is '\u202E').ShouldBeEmpty();
}
