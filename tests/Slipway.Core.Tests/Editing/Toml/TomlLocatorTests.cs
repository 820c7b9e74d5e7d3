using Slipway.Core.Editing;
using Slipway.Core.Editing.Locators;
using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Tests.Editing.Toml;

public sealed class TomlLocatorTests
{
    [Theory]
    [InlineData("Cargo.toml", "workspace.package.version", "version = \"0.5.1\"\n\n[workspace.dependencies]", "0.5.1")]
    [InlineData("Cargo.toml", "workspace.dependencies.bpfman.version", "bpfman = { version = \"0.5.1\"", "0.5.1")]
    [InlineData("Cargo.toml", "workspace.dependencies.bpfman-api.version", "bpfman-api = { version = \"0.5.1\"", "0.5.1")]
    [InlineData("Cargo.toml", "workspace.dependencies.bpfman-csi.version", "bpfman-csi = { version = \"1.8.0\"", "1.8.0")]
    [InlineData("Cargo.toml", "workspace.dependencies.clap.features[3]", "\"std\"", "std")]
    [InlineData("Cargo.lock", "package[name=bpfman].version", "name = \"bpfman\"\nversion = \"0.5.1\"", "0.5.1")]
    [InlineData("Cargo.lock", "package[name=bpfman-csi].version", "name = \"bpfman-csi\"\nversion = \"1.8.0\"", "1.8.0")]
    [InlineData("Cargo.lock", "package[name=gimli].checksum", "checksum = \"07e28edb80900c19c28f1072f2e8aeca7fa06b23cd4169cefe1af5aa3260783f\"", "07e28edb80900c19c28f1072f2e8aeca7fa06b23cd4169cefe1af5aa3260783f")]
    [InlineData("pyproject.toml", "project.version", "version = \"0.5.1\"  # kept", "0.5.1")]
    [InlineData("pyproject.toml", "project.license.text", "{ text = \"Apache-2.0\" }", "Apache-2.0")]
    public void Finds_the_exact_span_of_a_version_in_real_files(string file, string path, string context, string value)
    {
        var text = Fixture(file);

        var found = new TomlLocator(KeyPath.Parse(path)).Locate(text).ShouldHaveSingleItem();

        found.Span.ShouldBe(SpanIn(text, context, value));
        found.Value.ShouldBe(value);
        found.Encoding.ShouldBe(ValueEncoding.TomlBasicString);
    }

    [Fact]
    public void A_literal_string_is_found_with_its_own_encoding()
    {
        var text = Fixture("pyproject.toml");

        var found = new TomlLocator(KeyPath.Parse("project.classifiers[1]")).Locate(text).ShouldHaveSingleItem();

        found.Encoding.ShouldBe(ValueEncoding.TomlLiteralString);
        found.Span.ShouldBe(SpanIn(text, "'License :: OSI Approved :: Apache Software License'", "License :: OSI Approved :: Apache Software License"));
    }

    [Fact]
    public void A_selector_matching_several_tables_finds_each_value_in_text_order()
    {
        var text = Fixture("Cargo.lock");

        var found = new TomlLocator(KeyPath.Parse("package[version=0.5.1].name")).Locate(text);

        found.Select(v => v.Value).ShouldBe(["bpfman", "bpfman-api"]);
    }

    [Theory]
    [InlineData("Cargo.toml")]
    [InlineData("Cargo.lock")]
    [InlineData("pyproject.toml")]
    public void Splicing_a_new_version_changes_only_the_located_characters(string file)
    {
        var text = Fixture(file);
        var locator = new TomlLocator(KeyPath.Parse(file == "pyproject.toml" ? "project.version" : file == "Cargo.lock" ? "package[name=bpfman].version" : "workspace.dependencies.bpfman.version"));
        var span = locator.Locate(text).ShouldHaveSingleItem().Span;

        var result = Splice(text, locator, "9.9.9");

        result.Length.ShouldBe(text.Length);
        Enumerable.Range(0, text.Length).Where(i => text[i] != result[i]).ShouldAllBe(i => i >= span.Start && i < span.End);
        locator.Locate(result).ShouldHaveSingleItem().Value.ShouldBe("9.9.9");
    }

    [Fact]
    public void Golden_splice_keeps_crlf_line_endings_and_comments()
    {
        const string before =
            "[workspace.package]\r\nversion = \"0.5.1\" # bumped by Slipway\r\nedition = \"2021\"\r\n\r\n"
            + "[workspace.dependencies]\r\nbpfman = { version = \"0.5.1\", path = \"./bpfman\" }\r\nbpfman-csi = { version = \"1.8.0\", path = \"./csi\" }\r\n";
        const string after =
            "[workspace.package]\r\nversion = \"0.6.0-rc.1\" # bumped by Slipway\r\nedition = \"2021\"\r\n\r\n"
            + "[workspace.dependencies]\r\nbpfman = { version = \"0.6.0-rc.1\", path = \"./bpfman\" }\r\nbpfman-csi = { version = \"1.8.0\", path = \"./csi\" }\r\n";

        var result = Splice(before, new TomlLocator(KeyPath.Parse("workspace.package.version")), "0.6.0-rc.1");
        result = Splice(result, new TomlLocator(KeyPath.Parse("workspace.dependencies.bpfman.version")), "0.6.0-rc.1");

        result.ShouldBe(after);
    }

    [Fact]
    public void Golden_splice_keeps_a_comment_that_touches_the_value_and_literal_quotes()
    {
        const string before = "[project]\nname='demo'\nversion='0.5.1'#no space before this comment\n";
        const string after = "[project]\nname='demo'\nversion='0.6.0'#no space before this comment\n";

        Splice(before, new TomlLocator(KeyPath.Parse("project.version")), "0.6.0").ShouldBe(after);
    }

    [Fact]
    public void Golden_splice_keeps_tabs_around_the_value()
    {
        const string before = "[package]\n\tname\t=\t\"demo\"\n\tversion\t=\t\"0.5.1\"\t# tabbed\n\t[package.metadata]\n\tv\t=\t1\n";
        const string after = "[package]\n\tname\t=\t\"demo\"\n\tversion\t=\t\"10.20.30\"\t# tabbed\n\t[package.metadata]\n\tv\t=\t1\n";

        Splice(before, new TomlLocator(KeyPath.Parse("package.version")), "10.20.30").ShouldBe(after);
    }

    [Fact]
    public void A_path_that_leads_to_a_table_is_refused_at_the_table()
    {
        var text = Fixture("Cargo.toml");

        var error = Should.Throw<LocateException>(() => new TomlLocator(KeyPath.Parse("workspace.package")).Locate(text));

        error.Message.ShouldBe("'workspace.package' leads to a mapping, not to a value; name a key below it");
        error.Offset.ShouldBe(text.IndexOf("[workspace.package]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_path_that_leads_to_an_integer_is_refused_at_the_integer()
    {
        var text = Fixture("Cargo.lock");

        var error = Should.Throw<LocateException>(() => new TomlLocator(KeyPath.Parse("version")).Locate(text));

        error.Message.ShouldBe("'version' is an integer, not a string; Slipway replaces only single-line strings");
        error.Offset.ShouldBe(text.IndexOf("version = 3", StringComparison.Ordinal) + "version = ".Length);
    }

    [Fact]
    public void A_path_that_leads_to_a_multi_line_string_is_refused()
    {
        const string text = "[package]\nversion = \"\"\"\n0.5.1\"\"\"\n";

        Should.Throw<LocateException>(() => new TomlLocator(KeyPath.Parse("package.version")).Locate(text))
            .Message.ShouldBe("'package.version' is a multi-line string; Slipway replaces only single-line strings");
    }

    [Theory]
    [InlineData("Cargo.toml", "workspace.package.versoin", "no key 'versoin' under 'workspace.package'; keys there: description, documentation, edition, homepage, license, repository, version")]
    [InlineData("Cargo.toml", "workspace.dependencies.bpfman.version.major", "'workspace.dependencies.bpfman.version' is a scalar, so 'major' cannot follow it")]
    [InlineData("Cargo.lock", "package[name=nope].version", "no item of 'package' has name = 'nope'")]
    [InlineData("Cargo.lock", "package[9].version", "'package' has 5 item(s); index 9 is past the end (indexes start at 0)")]
    [InlineData("pyproject.toml", "tool.poetry.version", "no key 'poetry' under 'tool'; keys there: ruff")]
    public void A_missing_key_finds_nothing_and_says_where_the_path_stops(string file, string path, string explanation)
    {
        var text = Fixture(file);
        var locator = new TomlLocator(KeyPath.Parse(path));

        locator.Locate(text).ShouldBeEmpty();
        locator.ExplainNoMatch(text).ShouldBe(explanation);
    }

    [Fact]
    public void An_invalid_document_is_refused_with_the_offset_of_the_problem()
    {
        const string text = "[package]\nversion = \"0.5.1\"\nversion = \"0.5.2\"\n";
        var locator = new TomlLocator(KeyPath.Parse("package.version"));

        var error = Should.Throw<LocateException>(() => locator.Locate(text));

        error.Message.ShouldBe("not valid TOML: the key version is defined twice: it already holds a string from line 2; each key may be defined only once");
        error.Offset.ShouldBe(text.LastIndexOf("version", StringComparison.Ordinal));
        Should.Throw<LocateException>(() => locator.ExplainNoMatch(text)).Offset.ShouldBe(error.Offset);
    }

    [Fact]
    public void Describes_itself_as_written_in_slipway_yaml() =>
        new TomlLocator(KeyPath.Parse("package[name=bpfman].version")).Description.ShouldBe("toml: package[name=bpfman].version");

    private static string Fixture(string name) => File.ReadAllText(TomlTestTrees.FixturePath("real", name));

    /// <summary>The span of <paramref name="value"/> inside the only occurrence of <paramref name="context"/>.</summary>
    private static TextSpan SpanIn(string text, string context, string value)
    {
        var at = text.IndexOf(context, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"'{context}' is not in the file");
        text.IndexOf(context, at + 1, StringComparison.Ordinal).ShouldBe(-1, $"'{context}' occurs more than once");
        return new TextSpan(at + context.IndexOf(value, StringComparison.Ordinal), value.Length);
    }

    private static string Splice(string text, TomlLocator locator, string version)
    {
        var result = text;
        foreach (var value in locator.Locate(text).OrderByDescending(v => v.Span.Start))
        {
            result = string.Concat(result.AsSpan(0, value.Span.Start), ValueEncoder.Encode(version, value.Encoding), result.AsSpan(value.Span.End));
        }

        return result;
    }
}
