using System.Text.Json.Nodes;
using Slipway.Core.Notes.Styles;
using Slipway.Core.Templates.Handlebars;

namespace Slipway.Core.Tests.Templates;

public sealed class HandlebarsTemplateTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "handlebars");

    public static TheoryData<string> Cases() =>
        new(Directory.GetDirectories(Fixtures).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_every_fixture_as_handlebars_js_does(string name)
    {
        var template = HandlebarsTemplate.Parse(File.ReadAllText(Path.Combine(Fixtures, name, "template.hbs")), TemplateStyle.Helpers);
        using var output = new StringWriter();
        template.Render(JsonNode.Parse(File.ReadAllText(Path.Combine(Fixtures, "data.json"))), output);
        output.ToString().ShouldBe(File.ReadAllText(Path.Combine(Fixtures, name, "expected.txt")));
    }

    [Theory]
    [InlineData("{{#each sections}}\n- {{title}}\n", "1:1: '{{#each}}' is never closed with '{{/each}}'")]
    [InlineData("# {{tag}}\n{{#if previous}}\n{{/each}}\n", "3:1: '{{/each}}' closes '{{#if}}' opened at 2:1")]
    [InlineData("# {{tag}}\n\n  {{title}\n", "3:3: '{{' is never closed with '}}'")]
    [InlineData("a\n {{{tag}}\n", "2:2: '{{' is never closed with '}}}'")]
    [InlineData("{{/if}}", "1:1: '{{/if}}' closes a block that was never opened")]
    [InlineData("x {{else}}", "1:3: '{{else}}' is outside any block")]
    [InlineData("{{#if a}}{{else}}{{else}}{{/if}}", "1:18: '{{#if}}' has a second '{{else}}'")]
    [InlineData("{{#if a}}{{else if b}}\n", "1:1: '{{#if}}' is never closed with '{{/if}}'")]
    [InlineData("{{upper tag}}", "1:1: unknown helper 'upper'; the helpers are capitalize, eq, lookup, #if, #unless, #each, #with")]
    [InlineData("{{#if (upper tag)}}{{/if}}", "1:1: unknown helper 'upper'; the helpers are capitalize, eq, lookup, #if, #unless, #each, #with")]
    [InlineData("{{eq tag}}", "1:1: 'eq' takes 2 argument(s), found 1")]
    [InlineData("{{#if a b}}{{/if}}", "1:1: 'if' takes 1 argument(s), found 2")]
    [InlineData("{{#eq a b}}{{/eq}}", "1:1: 'eq' is not a block helper; use it as a value, as in {{#if (eq …)}}")]
    [InlineData("{{#list items}}{{/list}}", "1:1: '{{#list}}' is not a block: the blocks are if, unless, each and with, and {{#path}}; found 'list items'")]
    [InlineData("{{> header}}", "1:1: partials and inline partials are not available: a notes template is one file")]
    [InlineData("{{#each s as |a b c|}}{{/each}}", "1:1: '{{#each}}' cannot take these block parameters: as |a b c|")]
    [InlineData("{{capitalize x sep=y}}", "1:1: hash arguments (name=value) are not supported; found 'sep=y'")]
    [InlineData("{{a..b}}", "1:1: 'a..b' is not a path")]
    [InlineData("{{capitalize \"x}}", "1:1: the string \"x is never closed with \"")]
    public void Reports_a_mistake_at_the_tag_that_makes_it(string template, string message) =>
        Should.Throw<HandlebarsSyntaxException>(() => HandlebarsTemplate.Parse(template, TemplateStyle.Helpers)).Message.ShouldBe(message);
}
