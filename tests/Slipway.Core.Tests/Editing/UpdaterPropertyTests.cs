using FsCheck;
using FsCheck.Fluent;
using Slipway.Core.Configuration;
using Slipway.Core.Editing;
using static Slipway.Core.Tests.Editing.Pieces;

namespace Slipway.Core.Tests.Editing;

/// <summary>
/// For generated files of each format: an edit changes exactly the bytes of the value (the text
/// before and after it is byte-for-byte what it was), and reading the edited file back finds the new value.
/// </summary>
public sealed class UpdaterPropertyTests
{
    private static readonly Config Settings = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void Makefile_edits_change_only_the_value() => Holds(
        from nl in Newline
        from before in Lines(Gen.Elements("# VERSION ?= 9.9.9", "VERSION_SUFFIX := -dev", "OTHER_VERSION ?= 1.2.3", "all:", "\t@echo $(VERSION)", "IMG ?= x:v$(VERSION)", ""), nl)
        from export in Gen.Elements("", "export ", "override ")
        from indent in Gen.Elements("", " ")
        from ws1 in Blanks
        from op in Gen.Elements("?=", ":=", "=", "::=")
        from ws2 in Blanks
        from value in SemVer
        from comment in Gen.Elements("", " # the release", "\t# x = 1.0.0")
        from after in Lines(Gen.Elements("LDFLAGS := -X main.Version=$(VERSION)", "# end", "VERSION_FILE = VERSION"), nl)
        select new GeneratedFile("make", "VERSION", before + indent + export + "VERSION" + ws1 + op + ws2, value, comment + nl + after));

    [Fact]
    public void Yaml_edits_change_only_the_value() => Holds(
        from nl in Newline
        from before in DistinctLines(nl, "# version: 9.9.9", "apiVersion: v2", "name: chart", $"nested:{nl}  version: 1.1.1", $"list:{nl}- version: 2.2.2", "other: 'version: x'")
        from ws in SomeBlanks
        from quote in Gen.Elements("", "'", "\"")
        from value in SemVer
        from comment in Gen.Elements("", " # chart version", "   #x")
        from after in DistinctLines(nl, "appVersion: \"v1\"", "# trailing", $"keywords:{nl}  - a", $"description: >{nl}  folded version: 1.0.0")
        select new GeneratedFile("yaml", "version", before + "version:" + ws + quote, value, quote + comment + nl + after));

    [Fact]
    public void Toml_edits_change_only_the_value() => Holds(
        from nl in Newline
        from before in DistinctLines(nl, "edition = \"2021\"", "# version = \"9.9.9\"", "license = 'Apache-2.0'", "authors = [\"a <a@x>\", # first" + nl + "  \"b\"]", "rust-version = \"1.75\"")
        from ws1 in Blanks
        from ws2 in Blanks
        from quote in Gen.Elements("\"", "'")
        from value in SemVer
        from comment in Gen.Elements("", " # the release", "\t#x")
        from after in DistinctLines(nl, "publish = false", "[workspace.dependencies]" + nl + "bpfman = { version = \"0.5.1\", path = \"./bpfman\" }", "[[bin]]" + nl + "name = \"version\"")
        select new GeneratedFile("toml", "workspace.package.version",
            "[workspace]" + nl + "members = [\"a\"]" + nl + nl + "[workspace.package]" + nl + before + "version" + ws1 + "=" + ws2 + quote,
            value, quote + comment + nl + after));

    [Fact]
    public void Json_edits_change_only_the_value() => Holds(
        from nl in Newline
        from indent in Gen.Elements("  ", "    ", "\t")
        from noise in Gen.Elements("\"name\": \"x\",", "\"dependencies\": {\"version\": \"1.0.0\"},", "\"n\": 1.5,", "\"flags\": [true, null],", "// a comment", "")
        from ws1 in Blanks
        from ws2 in Blanks
        from value in SemVer
        from after in Gen.Elements("", ",\"private\": true", "," + nl + indent + "\"version2\": \"0.0.1\"")
        select new GeneratedFile("json", "version", "{" + nl + indent + noise + nl + indent + "\"version\"" + ws1 + ":" + ws2 + "\"", value, "\"" + after + nl + "}" + nl));

    [Fact]
    public void Xml_edits_change_only_the_value() => Holds(
        from nl in Newline
        from declaration in Gen.Elements("", "<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        from noise in Gen.Elements("<!-- <Version>9.9.9</Version> -->", "<PropertyGroup><Other>1.0.0</Other></PropertyGroup>", "<ItemGroup><Version>x</Version></ItemGroup>", "")
        from inner1 in Gen.Elements("", " ", nl + "    ")
        from value in SemVer
        from inner2 in Gen.Elements("", " ", nl + "  ")
        from after in Gen.Elements("", "<!-- release -->", "<Authors>a &amp; b</Authors>")
        select new GeneratedFile("xml", "Project/PropertyGroup/Version",
            declaration + nl + "<Project Sdk=\"Microsoft.NET.Sdk\">" + nl + noise + nl + "<PropertyGroup>" + nl + "  <Version>" + inner1,
            value, inner2 + "</Version>" + after + nl + "</PropertyGroup>" + nl + "</Project>" + nl));

    [Fact]
    public void Gomod_edits_change_only_the_value() => Holds(
        from nl in Newline
        from before in Lines(Gen.Elements("\tgithub.com/a/b v1.2.3", "\tgithub.com/bpfman/bpfman-operator v0.5.1", "\tgolang.org/x/sys v0.20.0 // indirect"), nl, 4)
        from value in SemVer.Select(v => "v" + v)
        from comment in Gen.Elements("", " // indirect")
        from after in Lines(Gen.Elements("\tk8s.io/api v0.30.1", "\t// github.com/bpfman/bpfman v9.9.9"), nl, 3)
        select new GeneratedFile("gomod", "github.com/bpfman/bpfman",
            "module github.com/bpfman/bpfman-operator" + nl + nl + "go 1.22" + nl + nl + "require (" + nl + before + "\tgithub.com/bpfman/bpfman ",
            value, comment + nl + after + ")" + nl, ValuePrefix: "v"));

    [Fact]
    public void Regex_edits_change_only_the_value() => Holds(
        from nl in Newline
        from before in Lines(Gen.Elements("# Project", "- **API**: v1alpha1", "Version 9.9.9 is old", ""), nl)
        from value in SemVer
        from after in Lines(Gen.Elements("- **Go**: 1.23", "text **Version** text"), nl)
        select new GeneratedFile("regex", @"\*\*Version\*\*: v(?<version>\S+)", before + "- **Version**: v", value, nl + after));

    private static void Holds(Gen<GeneratedFile> files)
    {
        var cases = from file in files from target in SemVer select (file, target);
        Prop.ForAll(Arb.From(cases), c =>
        {
            var file = c.file;
            var target = file.ValuePrefix + c.target;
            var locator = LocatorFactory.Create(file.Kind, file.Argument);
            var found = locator.Locate(file.Text);
            var rewritten = VersionRewriter.Rewrite(locator, file.Text, target);
            var reread = locator.Locate(rewritten);
            return (found.Count == 1 && found[0].Value == file.Value
                    && rewritten == file.Prefix + target + file.Suffix
                    && reread.Count == 1 && reread[0].Value == target)
                .Label($"found [{string.Join(", ", found.Select(f => f.Value))}]; rewritten:\n{rewritten}");
        }).Check(Settings);
    }
}
