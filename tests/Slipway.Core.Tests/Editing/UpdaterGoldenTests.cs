using Slipway.Core.Configuration;
using Slipway.Core.Editing;

namespace Slipway.Core.Tests.Editing;

/// <summary>
/// Golden cases per format: the input, the locator, the new value and the exact expected output.
/// Each case pins one formatting detail an updater must keep (comments, CRLF, tabs, quoting,
/// trailing text), so a regression shows as the one detail that broke.
/// </summary>
public sealed class UpdaterGoldenTests
{
    public static TheoryData<string, string, string, string, string, string> Cases => new()
    {
        // name, locator kind, argument, input, new value, expected
        { "make ?= with comment", "make", "VERSION", "A := 1\nVERSION ?= 0.1.0   # release\nB = 2\n", "0.2.0", "A := 1\nVERSION ?= 0.2.0   # release\nB = 2\n" },
        { "make := CRLF", "make", "VERSION", "VERSION := 0.1.0\r\nOTHER := 0.1.0\r\n", "1.0.0", "VERSION := 1.0.0\r\nOTHER := 0.1.0\r\n" },
        { "make export and tab", "make", "VERSION", "export VERSION\t=\t0.1.0\n", "0.1.1", "export VERSION\t=\t0.1.1\n" },
        { "make placeholder value", "make", "VERSION", "VERSION ?= latest\n", "0.5.0", "VERSION ?= 0.5.0\n" },
        { "make empty value", "make", "VERSION", "VERSION ?=\n", "0.5.0", "VERSION ?=0.5.0\n" },
        { "make no final newline", "make", "VERSION", "VERSION = 0.1.0", "0.1.1", "VERSION = 0.1.1" },
        { "make append is not the assignment", "make", "VERSION", "VERSION += -dirty\nVERSION ?= 0.1.0\n", "0.2.0", "VERSION += -dirty\nVERSION ?= 0.2.0\n" },
        { "yaml plain", "yaml", "version", "apiVersion: v2\nversion: 0.1.0 # chart\n", "0.2.0", "apiVersion: v2\nversion: 0.2.0 # chart\n" },
        { "yaml double quoted", "yaml", "appVersion", "appVersion: \"v0.1.0\"\n", "v0.2.0", "appVersion: \"v0.2.0\"\n" },
        { "yaml single quoted", "yaml", "appVersion", "appVersion: 'v0.1.0'\r\n", "v0.2.0", "appVersion: 'v0.2.0'\r\n" },
        { "yaml nested with selector", "yaml", "spec.relatedImages[name=bpfman].image", "spec:\n  relatedImages:\n    - name: agent\n      image: quay.io/bpfman/agent:v0.5.1\n    - name: bpfman\n      image: quay.io/bpfman/bpfman:v0.5.1  # pinned\n", "quay.io/bpfman/bpfman:v0.5.2", "spec:\n  relatedImages:\n    - name: agent\n      image: quay.io/bpfman/agent:v0.5.1\n    - name: bpfman\n      image: quay.io/bpfman/bpfman:v0.5.2  # pinned\n" },
        { "yaml second document", "yaml", "1:metadata.labels.version", "---\nkind: A\nmetadata:\n  labels:\n    version: 0.1.0\n---\nkind: B\nmetadata:\n  labels:\n    version: 0.1.0\n", "0.2.0", "---\nkind: A\nmetadata:\n  labels:\n    version: 0.1.0\n---\nkind: B\nmetadata:\n  labels:\n    version: 0.2.0\n" },
        { "yaml index", "yaml", "images[1].newTag", "images:\n- name: a\n  newTag: v1.0.0\n- name: b\n  newTag: v1.0.0\n", "v1.1.0", "images:\n- name: a\n  newTag: v1.0.0\n- name: b\n  newTag: v1.1.0\n" },
        { "yaml flow mapping", "yaml", "image.tag", "image: {repository: x, tag: \"0.1.0\"}\n", "0.2.0", "image: {repository: x, tag: \"0.2.0\"}\n" },
        { "yaml anchor", "yaml", "b", "a: &v 0.1.0\nb: *v\n", "0.2.0", "a: &v 0.2.0\nb: *v\n" },
        { "toml workspace version", "toml", "workspace.package.version", "[workspace]\nmembers = [\"bpfman\"]\n\n[workspace.package]\nversion = \"0.5.1\" # release\nedition = \"2021\"\n", "0.5.2", "[workspace]\nmembers = [\"bpfman\"]\n\n[workspace.package]\nversion = \"0.5.2\" # release\nedition = \"2021\"\n" },
        { "toml inline table dependency", "toml", "workspace.dependencies.bpfman.version", "[workspace.dependencies]\r\nbpfman = { version = \"0.5.1\", path = \"./bpfman\" }\r\nbpfman-csi = { version = \"1.8.0\", path = \"./csi\" }\r\n", "0.5.2", "[workspace.dependencies]\r\nbpfman = { version = \"0.5.2\", path = \"./bpfman\" }\r\nbpfman-csi = { version = \"1.8.0\", path = \"./csi\" }\r\n" },
        { "toml array of tables selector", "toml", "package[name=bpfman].version", "[[package]]\nname = \"anyhow\"\nversion = \"0.5.1\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\n\n[[package]]\nname = \"bpfman\"\nversion = \"0.5.1\"\ndependencies = [\n \"anyhow\",\n]\n", "0.5.2", "[[package]]\nname = \"anyhow\"\nversion = \"0.5.1\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\n\n[[package]]\nname = \"bpfman\"\nversion = \"0.5.2\"\ndependencies = [\n \"anyhow\",\n]\n" },
        { "toml dotted key literal string", "toml", "tool.poetry.version", "tool.poetry.version = '1.0.0'\t# literal\n", "1.1.0", "tool.poetry.version = '1.1.0'\t# literal\n" },
        { "json package.json", "json", "version", "{\n\t\"name\": \"x\",\n\t\"version\": \"0.1.0\"\n}\n", "0.2.0", "{\n\t\"name\": \"x\",\n\t\"version\": \"0.2.0\"\n}\n" },
        { "json nested with comments", "json", "packages[name=a].version", "// generated\n{\"packages\": [ {\"name\": \"b\", \"version\": \"1\"}, {\"version\": \"0.1.0\", \"name\": \"a\"}, ], }\n", "0.2.0", "// generated\n{\"packages\": [ {\"name\": \"b\", \"version\": \"1\"}, {\"version\": \"0.2.0\", \"name\": \"a\"}, ], }\n" },
        { "xml csproj", "xml", "Project/PropertyGroup/Version", "<Project Sdk=\"Microsoft.NET.Sdk\">\r\n  <PropertyGroup>\r\n    <Version>0.1.0</Version> <!-- release -->\r\n  </PropertyGroup>\r\n</Project>\r\n", "0.2.0", "<Project Sdk=\"Microsoft.NET.Sdk\">\r\n  <PropertyGroup>\r\n    <Version>0.2.0</Version> <!-- release -->\r\n  </PropertyGroup>\r\n</Project>\r\n" },
        { "xml pom with namespace", "xml", "project/version", "<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n  <parent><version>9</version></parent>\n  <version>\n    0.1.0\n  </version>\n</project>\n", "0.2.0", "<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n  <parent><version>9</version></parent>\n  <version>\n    0.2.0\n  </version>\n</project>\n" },
        { "xml attribute", "xml", "package/metadata/@version", "<package><metadata id='x' version='0.1.0'/></package>", "0.2.0", "<package><metadata id='x' version='0.2.0'/></package>" },
        { "xml empty element", "xml", "Project/PropertyGroup/Version", "<Project><PropertyGroup><Version></Version></PropertyGroup></Project>", "1.0.0", "<Project><PropertyGroup><Version>1.0.0</Version></PropertyGroup></Project>" },
        { "gomod block", "gomod", "github.com/bpfman/bpfman", "module x\n\nrequire (\n\tgithub.com/a/b v1.2.3\n\tgithub.com/bpfman/bpfman v0.5.1 // indirect\n)\n", "v0.5.2", "module x\n\nrequire (\n\tgithub.com/a/b v1.2.3\n\tgithub.com/bpfman/bpfman v0.5.2 // indirect\n)\n" },
        { "gomod single line pseudo-version", "gomod", "github.com/bpfman/bpfman", "module x\nrequire github.com/bpfman/bpfman v0.0.0-20240101000000-abcdef123456\n", "v0.5.2", "module x\nrequire github.com/bpfman/bpfman v0.5.2\n" },
        { "regex markdown status", "regex", @"\*\*Version\*\*: v(?<version>\S+)", "## Project Status\n\n- **Version**: v0.1.0\n- **Go**: 1.23\n", "0.2.0", "## Project Status\n\n- **Version**: v0.2.0\n- **Go**: 1.23\n" },
        { "regex rpm spec LF", "regex", @"^Version:\s+(?<version>\S+)$", "Name: x\nVersion:        0.1.0\nRelease: 1%{?dist}\n", "0.2.0", "Name: x\nVersion:        0.2.0\nRelease: 1%{?dist}\n" },
        { "regex rpm spec CRLF", "regex", @"^Version:\s+(?<version>\S+)$", "Name: x\r\nVersion:        0.1.0\r\nRelease: 1%{?dist}\r\n", "0.2.0", "Name: x\r\nVersion:        0.2.0\r\nRelease: 1%{?dist}\r\n" },
        { "regex rpm spec CRLF last line without newline", "regex", @"^Version:\s+(?<version>\S+)$", "Name: x\r\nVersion: 0.1.0", "0.2.0", "Name: x\r\nVersion: 0.2.0" },
        { "regex dot-star to the line end CRLF keeps the CR", "regex", "^VERSION=(?<version>.+)$", "VERSION=0.1.0\r\nNEXT=1\r\n", "0.2.0", "VERSION=0.2.0\r\nNEXT=1\r\n" },
        { "regex across a CRLF line break", "regex", @"^version:\s*\n\s+(?<version>\S+)$", "version:\r\n  0.1.0\r\nname: x\r\n", "0.2.0", "version:\r\n  0.2.0\r\nname: x\r\n" },
        { "regex that names the CR sees the text as it is", "regex", @"^Version: (?<version>[^\r\n]+)\r$", "Version: 0.1.0\r\n", "0.2.0", "Version: 0.2.0\r\n" },
        { "regex mixed line endings", "regex", @"^v=(?<version>\S+)$", "a=1\nv=0.1.0\r\nb=2\n", "0.2.0", "a=1\nv=0.2.0\r\nb=2\n" },
        { "whole file with newline", "whole", "true", "0.1.0\n", "0.2.0", "0.2.0\n" },
        { "whole file CRLF no trailing", "whole", "true", "0.1.0\r\n\r\n", "1.0.0-rc.1", "1.0.0-rc.1\r\n\r\n" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rewrites_only_the_value(string name, string kind, string argument, string input, string value, string expected)
    {
        _ = name;
        var locator = LocatorFactory.Create(kind, argument);
        VersionRewriter.Rewrite(locator, input, value).ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rewriting_to_the_current_value_returns_identical_text(string name, string kind, string argument, string input, string value, string expected)
    {
        _ = (name, value, expected);
        var locator = LocatorFactory.Create(kind, argument);
        var current = locator.Locate(input).Select(v => v.Value).Distinct().Single();
        VersionRewriter.Rewrite(locator, input, current).ShouldBe(input);
    }

    [Fact]
    public void Keeps_a_byte_order_mark_and_every_byte_around_the_value()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        var original = bom.Concat("version: 0.1.0\r\n# ünïcödé comment\r\n"u8.ToArray()).ToArray();
        var document = TextDocument.Decode(original);
        var rewritten = VersionRewriter.Rewrite(LocatorFactory.Create("yaml", "version"), document.Text, "0.2.0");
        document.Encode(rewritten).ShouldBe(bom.Concat("version: 0.2.0\r\n# ünïcödé comment\r\n"u8.ToArray()).ToArray());
        document.Encode(document.Text).ShouldBe(original);
    }

    [Theory]
    [InlineData("yaml", "version", "version: 0.1.0\n", "1.0", "plain (unquoted) YAML scalar")]
    [InlineData("yaml", "version", "version: 0.1.0\n", "a: b", "plain (unquoted) YAML scalar")]
    [InlineData("yaml", "version", "version: 'x'\n", "a\nb", "line break")]
    public void Refuses_a_value_that_would_not_read_back_the_same(string kind, string argument, string input, string value, string message)
    {
        Should.Throw<LocateException>(() => VersionRewriter.Rewrite(LocatorFactory.Create(kind, argument), input, value)).Message.ShouldContain(message);
    }

    [Theory]
    [InlineData("json", "version", "{\"version\": \"0.1.0\"}", "a\"b", "{\"version\": \"a\\\"b\"}")]
    [InlineData("yaml", "v", "v: 'x'\n", "it's", "v: 'it''s'\n")]
    [InlineData("xml", "a/b", "<a><b>x</b></a>", "1&2", "<a><b>1&amp;2</b></a>")]
    public void Escapes_the_value_for_its_quoting(string kind, string argument, string input, string value, string expected) =>
        VersionRewriter.Rewrite(LocatorFactory.Create(kind, argument), input, value).ShouldBe(expected);
}
