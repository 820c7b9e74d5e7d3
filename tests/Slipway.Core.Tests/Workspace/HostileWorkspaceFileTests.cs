using Slipway.Core.Diagnostics;
using Slipway.Core.Workspace;

namespace Slipway.Core.Tests.Workspace;

/// <summary>The workspace file is configuration too: read only as a regular file, and parsed behind the same YAML guard as slipway.yaml.</summary>
public sealed class HostileWorkspaceFileTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_device_is_refused_without_reading_it()
    {
        var error = Should.Throw<SlipwayException>(() => WorkspaceLoader.Load("/dev/zero", "workspace.yaml"));
        error.Kind.ShouldBe(Errors.WorkspaceNotFound);
        error.Message.ShouldBe("workspace.yaml is not a regular file (a character device); only regular files are read");
    }

    [Theory]
    [InlineData("repositories: " + "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "nesting deeper than 64 levels is not read")]
    [InlineData("? &a [*a]\n: x\n", "slipway.workspace.yaml:1:3: not valid YAML: a key must be a plain name, not a list, a mapping or an alias")]
    [InlineData("a: {b\n*\n", "slipway.workspace.yaml:1:4: not valid YAML: the parser cannot read past this point")]
    [InlineData("repositories:\n  - name: a\0\n", "slipway.workspace.yaml:2:12: the file contains a NUL character")]
    public void Yaml_that_crashed_the_configuration_is_a_located_mistake(string text, string expected)
    {
        var path = _directory.Write("slipway.workspace.yaml", text);
        var error = Should.Throw<SlipwayException>(() => WorkspaceLoader.Load(path, "slipway.workspace.yaml"));
        error.Kind.ShouldBe(Errors.WorkspaceInvalid);
        error.Details.ShouldContain(d => d.Contains(expected, StringComparison.Ordinal));
    }
}
