using Slipway.Core.Editing;
using Slipway.Core.Editing.Locators.Toml;
using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Tests.Editing.Toml;

public sealed class TomlTreeReaderTests
{
    [Fact]
    public void A_basic_string_spans_the_text_inside_its_quotes_and_its_value_is_decoded()
    {
        const string text = "name = \"a\\tb \\u00E9 \\U0001F600 \\\"q\\\" \\\\ \\b\\f\\r\\n\"\n";

        var scalar = Scalar(text, "name");

        scalar.Value.ShouldBe("a\tb é 😀 \"q\" \\ \b\f\r\n");
        scalar.Encoding.ShouldBe(ValueEncoding.TomlBasicString);
        scalar.Span.ShouldBe(TextSpan.FromBounds(8, text.Length - 2));
        scalar.Offset.ShouldBe(7);
        scalar.NotEditableBecause.ShouldBeNull();
    }

    [Fact]
    public void A_literal_string_keeps_backslashes_and_spans_the_text_inside_its_quotes()
    {
        const string text = "path = 'C:\\Users\\n \"quoted\"'\n";

        var scalar = Scalar(text, "path");

        scalar.Value.ShouldBe("C:\\Users\\n \"quoted\"");
        scalar.Encoding.ShouldBe(ValueEncoding.TomlLiteralString);
        text.Substring(scalar.Span.Start, scalar.Span.Length).ShouldBe(scalar.Value);
    }

    [Theory]
    [InlineData("a = \"\"\n")]
    [InlineData("a = ''\n")]
    public void An_empty_string_has_an_empty_span_between_its_quotes(string text) =>
        Scalar(text, "a").Span.ShouldBe(new TextSpan(5, 0));

    [Fact]
    public void Dotted_and_quoted_keys_nest_tables_and_whitespace_around_dots_is_ignored()
    {
        const string text = "a.\"b.c\".d = \"x\"\na . \"b.c\" . 'e f' = 'y'\n\"\" = 1\n";

        Scalar(text, "a", "b.c", "d").Value.ShouldBe("x");
        Scalar(text, "a", "b.c", "e f").Value.ShouldBe("y");
        Scalar(text, string.Empty).Value.ShouldBe("1");
        TomlTreeReader.Read(text).Entries.Select(e => e.Key).ShouldBe(["a", string.Empty]);
    }

    [Fact]
    public void Headers_accept_whitespace_and_quoted_parts()
    {
        const string text = "[ a . \"b.c\" . 'd' ]\nv = \"1\"\n[[ list . items ]]\nw = \"2\"\n";

        Scalar(text, "a", "b.c", "d", "v").Value.ShouldBe("1");
        Scalar(text, "list", "items", "[0]", "w").Value.ShouldBe("2");
    }

    [Fact]
    public void Arrays_span_lines_with_comments_and_a_trailing_comma()
    {
        const string text = "members = [ # the crates\n  \"bpfman\", # the daemon\n\n  'csi',\n  [1, [2]],\n]\nempty = [ ]\n";

        var root = TomlTreeReader.Read(text);

        var members = TomlTestTrees.At(root, "members").ShouldBeOfType<SequenceNode>();
        members.Items.Count.ShouldBe(3);
        var first = members.Items[0].ShouldBeOfType<ScalarNode>();
        text.Substring(first.Span.Start, first.Span.Length).ShouldBe("bpfman");
        TomlTestTrees.At(root, "members", "[1]").ShouldBeOfType<ScalarNode>().Encoding.ShouldBe(ValueEncoding.TomlLiteralString);
        TomlTestTrees.At(root, "members", "[2]", "[1]", "[0]").ShouldBeOfType<ScalarNode>().Value.ShouldBe("2");
        TomlTestTrees.At(root, "empty").ShouldBeOfType<SequenceNode>().Items.ShouldBeEmpty();
    }

    [Fact]
    public void An_inline_table_is_a_mapping_whose_strings_have_spans()
    {
        const string text = "bpfman = { version = \"0.5.1\", path = \"./bpfman\", opt.deep = { x = [ \"1\" ] } }\n";

        var version = Scalar(text, "bpfman", "version");

        version.Span.ShouldBe(new TextSpan(text.IndexOf("0.5.1", StringComparison.Ordinal), 5));
        Scalar(text, "bpfman", "opt", "deep", "x", "[0]").Value.ShouldBe("1");
        TomlTestTrees.At(TomlTreeReader.Read(text), "bpfman").ShouldBeOfType<MappingNode>().Offset.ShouldBe(9);
    }

    [Fact]
    public void Arrays_of_tables_become_sequences_and_headers_below_them_use_the_latest_element()
    {
        const string text = "[[package]]\nname = \"a\"\n[[package]]\nname = \"b\"\n[package.meta]\nx = \"1\"\n[[package.deps]]\nn = \"d\"\n";

        var root = TomlTreeReader.Read(text);

        var packages = TomlTestTrees.At(root, "package").ShouldBeOfType<SequenceNode>();
        packages.Items.Count.ShouldBe(2);
        packages.Items.ShouldAllBe(item => item is MappingNode);
        TomlTestTrees.At(root, "package", "[1]", "meta", "x").ShouldBeOfType<ScalarNode>().Value.ShouldBe("1");
        TomlTestTrees.At(root, "package", "[1]", "deps", "[0]", "n").ShouldBeOfType<ScalarNode>().Value.ShouldBe("d");
        TomlTestTrees.At(root, "package", "[0]").ShouldBeOfType<MappingNode>().Entries.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("42", "an integer, not a string")]
    [InlineData("-0x1", null)]
    [InlineData("0x7fffffffffffffff", "an integer, not a string")]
    [InlineData("-9223372036854775808", "an integer, not a string")]
    [InlineData("0o755", "an integer, not a string")]
    [InlineData("0b1101_0110", "an integer, not a string")]
    [InlineData("3.1415", "a float, not a string")]
    [InlineData("-2E-2", "a float, not a string")]
    [InlineData("1e06", "a float, not a string")]
    [InlineData("-inf", "a float, not a string")]
    [InlineData("nan", "a float, not a string")]
    [InlineData("true", "a boolean, not a string")]
    [InlineData("1979-05-27T07:32:00Z", "an offset date-time, not a string")]
    [InlineData("1979-05-27 00:32:00.999999-07:00", "an offset date-time, not a string")]
    [InlineData("1979-05-27t07:32:00z", "an offset date-time, not a string")]
    [InlineData("1979-05-27T07:32:00", "a local date-time, not a string")]
    [InlineData("2000-02-29", "a local date, not a string")]
    [InlineData("23:59:60.5", "a local time, not a string")]
    [InlineData("\"\"\"multi\nline\"\"\"", "a multi-line string")]
    [InlineData("'''multi'''", "a multi-line string")]
    public void Values_other_than_single_line_strings_say_why_they_are_not_editable(string value, string? reason)
    {
        var text = $"v = {value}\n";
        if (reason is null)
        {
            Should.Throw<LocateException>(() => TomlTreeReader.Read(text));
            return;
        }

        var scalar = Scalar(text, "v");
        scalar.NotEditableBecause.ShouldBe(reason);
        scalar.Offset.ShouldBe(4);
        if (reason.EndsWith(", not a string", StringComparison.Ordinal))
        {
            text.Substring(scalar.Span.Start, scalar.Span.Length).ShouldBe(value);
            scalar.Value.ShouldBe(value);
        }
    }

    [Fact]
    public void Multi_line_strings_trim_the_first_line_break_and_line_ending_backslashes()
    {
        const string text = "a = \"\"\"\r\nRoses\r\nare \\\r\n    red\"\"\"\nb = '''\nraw \\n '' '''\nc = \"\"\"\"quoted\"\"\"\"\"\n";

        Scalar(text, "a").Value.ShouldBe("Roses\r\nare red");
        Scalar(text, "b").Value.ShouldBe("raw \\n '' ");
        Scalar(text, "c").Value.ShouldBe("\"quoted\"\"");
    }

    [Fact]
    public void The_specifications_line_ending_backslash_strings_are_equal()
    {
        var root = TomlTreeReader.Read(File.ReadAllText(TomlTestTrees.FixturePath("valid", "string-line-ending-backslash.toml")));

        var values = new[] { "str1", "str2", "str3" }.Select(key => TomlTestTrees.At(root, key).ShouldBeOfType<ScalarNode>().Value);

        values.ShouldAllBe(v => v == "The quick brown fox jumps over the lazy dog.");
    }

    [Fact]
    public void Offsets_count_characters_of_the_original_text_with_crlf_line_endings()
    {
        const string text = "# comment\r\n[package]\r\nname = \"demo\"\r\nversion = \"1.2.3\" # here\r\n";

        var version = Scalar(text, "package", "version");

        version.Span.ShouldBe(new TextSpan(text.IndexOf("1.2.3", StringComparison.Ordinal), 5));
    }

    [Fact]
    public void A_byte_order_mark_before_the_document_is_skipped_and_offsets_still_count_it()
    {
        const string text = "\uFEFFv = \"1\"";

        Scalar(text, "v").Span.ShouldBe(new TextSpan(6, 1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment")]
    [InlineData("\n\r\n  \t\n# end")]
    public void A_document_without_pairs_is_an_empty_table(string text) => TomlTreeReader.Read(text).Entries.ShouldBeEmpty();

    [Fact]
    public void Deep_nesting_is_refused_instead_of_exhausting_the_stack()
    {
        var text = "a = " + new string('[', 100_000);

        Should.Throw<LocateException>(() => TomlTreeReader.Read(text)).Message.ShouldContain("nested more than");
    }

    [Fact]
    public void Headers_may_define_super_tables_afterwards_and_sub_tables_of_dotted_tables()
    {
        const string text = "[x.y.z]\n[x]\ny.w = \"1\"\n[fruit]\napple.color = \"red\"\n[fruit.apple.texture]\nsmooth = \"yes\"\n";

        Scalar(text, "x", "y", "w").Value.ShouldBe("1");
        Scalar(text, "fruit", "apple", "texture", "smooth").Value.ShouldBe("yes");
    }

    private static ScalarNode Scalar(string text, params string[] path) =>
        TomlTestTrees.At(TomlTreeReader.Read(text), path).ShouldBeOfType<ScalarNode>();
}
