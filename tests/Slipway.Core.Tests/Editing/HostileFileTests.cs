using Slipway.Core.Configuration;
using Slipway.Core.Editing;

namespace Slipway.Core.Tests.Editing;

/// <summary>
/// A version file is as hostile as the configuration (anyone can commit one): nesting deep enough
/// to overflow the stack, a key that refers to itself, input that trips the YAML parser. Each is a
/// problem with the file, reported where it is, never a crash.
/// </summary>
public sealed class HostileFileTests
{
    public static TheoryData<string, string, string, string> Files => new()
    {
        { "yaml", "a", "a: 1.0.0\nb: " + new string('[', 100_000), "nesting deeper than 256 levels is not read" },
        { "yaml", "a", "a: 1.0.0\n? &k [*k]\n: 2\n", "a key must be a plain name, not a list, a mapping or an alias" },
        { "yaml", "a", "a: {b\n*\n", "the parser cannot read past this point" },
        { "json", "a", "{\"a\": \"1.0.0\", \"b\": " + new string('[', 200_000), "nested more than 256 deep" },
        { "toml", "a", "a = \"1.0.0\"\nb = " + new string('[', 100_000), "nested more than 100 deep" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Is_a_located_problem_not_a_crash(string kind, string path, string text, string message) =>
        Should.Throw<LocateException>(() => LocatorFactory.Create(kind, path).Locate(text)).Message.ShouldContain(message);

    [Fact]
    public void Tags_in_a_version_file_are_read_through()
    {
        var found = LocatorFactory.Create("yaml", "a").Locate("a: !custom 1.0.0\n");
        found.ShouldHaveSingleItem().Value.ShouldBe("1.0.0");
    }
}
