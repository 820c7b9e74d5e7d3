using System.Text;
using Slipway.Core.Api.Manifests;

namespace Slipway.Core.Tests.Api;

/// <summary>The reader's table of short strings: one string per text, found by its UTF-8 bytes, ASCII or not.</summary>
public sealed class Utf8StringTableTests
{
    [Fact]
    public void Gives_the_same_string_for_the_same_bytes_and_a_new_one_for_other_bytes()
    {
        var table = new Utf8StringTable();
        var type = table.Get("type"u8);

        type.ShouldBe("type");
        table.Get(Encoding.UTF8.GetBytes("type")).ShouldBeSameAs(type);
        table.Get("types"u8).ShouldBe("types");
        table.Get("typ"u8).ShouldBe("typ");
        table.Get(""u8).ShouldBe(string.Empty);
        table.Count.ShouldBe(4);
    }

    [Fact]
    public void Tells_texts_apart_that_are_not_ASCII()
    {
        var table = new Utf8StringTable();
        var accented = table.Get(Encoding.UTF8.GetBytes("café"));
        var other = table.Get(Encoding.UTF8.GetBytes("cafè"));

        accented.ShouldBe("café");
        other.ShouldBe("cafè");
        table.Get(Encoding.UTF8.GetBytes("café")).ShouldBeSameAs(accented);
        table.Get(Encoding.UTF8.GetBytes("🚀 launch")).ShouldBe("🚀 launch");
    }

    [Fact]
    public void Keeps_every_string_as_it_grows()
    {
        var table = new Utf8StringTable();
        var first = Enumerable.Range(0, 5000).Select(i => table.Get(Encoding.UTF8.GetBytes($"key{i}"))).ToList();

        table.Count.ShouldBe(5000);
        for (var i = 0; i < first.Count; i++)
        {
            table.Get(Encoding.UTF8.GetBytes($"key{i}")).ShouldBeSameAs(first[i]);
        }

        table.Clear();
        table.Count.ShouldBe(0);
        table.Get("key1"u8).ShouldBe("key1");
    }
}
