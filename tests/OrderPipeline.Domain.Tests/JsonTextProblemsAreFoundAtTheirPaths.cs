using System.Text;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.Tests;

/// <summary>
/// What a deserialized order would hide is found in the JSON as sent, each at its path: a property name given twice
/// in one object (the last would silently win), and a control character in a string (stored, it could never be found).
/// </summary>
public sealed class JsonTextProblemsAreFoundAtTheirPaths
{
    [Theory]
    [InlineData("""{"externalId": "A", "externalId": "B"}""", "externalId")]
    [InlineData("""{"item": [{"id": "01"}, {"id": "02", "action": "add", "id": "03"}]}""", "item[1].id")]
    [InlineData("""{"note": [{"text": "a", "author": {"name": "x", "name": "y"}}]}""", "note[0].author.name")]
    [InlineData("""{"externalId": "A", "ExternalId": "B"}""", "ExternalId")]
    [InlineData("""{"a": {"a": 1}, "a": 2}""", "a")]
    [InlineData("""[{"v": 1}, [{"v": 1, "v": 1}]]""", "[1][0].v")]
    public void PropertyGivenTwiceInOneObjectIsFoundAtItsPath(string json, string path)
    {
        var failure = Assert.Single(Find(json));

        Assert.Equal(path, failure.Path);
        Assert.Contains("more than once", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryRepetitionIsReported()
    {
        Assert.Equal(["a", "a", "b[0].c"], Find("""{"a": 1, "a": 2, "a": 3, "b": [{"c": 1, "c": 2}]}""").Select(failure => failure.Path));
    }

    [Fact]
    public void SameNameInDifferentObjectsIsNoRepetition()
    {
        Assert.Empty(Find("""{"a": {"id": 1, "b": {"id": 2}}, "c": [{"id": 3}, {"id": 4}], "id": 5}"""));
    }

    [Theory]
    [InlineData("""{"externalId": "CPQ-\u0000"}""", "externalId", "U+0000")]
    [InlineData("""{"description": "two\nlines"}""", "description", "U+000A")]
    [InlineData("""{"x": [1, {"name": "tab\there"}]}""", "x[1].name", "U+0009")]
    [InlineData("""{"a": "\u001f"}""", "a", "U+001F")]
    [InlineData("""{"a": "\u007F"}""", "a", "U+007F")]
    [InlineData("""{"a": "next\u0085line"}""", "a", "U+0085")]
    public void EscapedControlCharacterIsFoundAtItsPath(string json, string path, string codePoint)
    {
        var failure = Assert.Single(Find(json));

        Assert.Equal(path, failure.Path);
        Assert.Contains(codePoint, failure.Message, StringComparison.Ordinal);
    }

    // JSON forbids a raw U+0000–U+001F in a string, but not DEL or the C1 controls, which arrive as they are.
    [Theory]
    [InlineData("\u007F", "U+007F")]
    [InlineData("\u0085", "U+0085")]
    [InlineData("\u009F", "U+009F")]
    public void RawControlCharacterOutsideAsciiControlsIsFound(string control, string codePoint)
    {
        var failure = Assert.Single(Find($$"""{"items": [{"externalId": "CPQ-{{control}}-1"}]}"""));

        Assert.Equal("items[0].externalId", failure.Path);
        Assert.Contains(codePoint, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ControlCharacterInAPropertyNameIsFoundAtItsObject()
    {
        var failure = Assert.Single(Find("""{"item": [{"ok": 1, "bad\u0000name": 2}]}"""));

        Assert.Equal("item[0]", failure.Path);
        Assert.Contains("U+0000", failure.Message, StringComparison.Ordinal);
    }

    // The reference-data document is parsed by JsonDocument, which checks only the syntax: text that is no text is found here.
    [Fact]
    public void StringThatIsNoTextIsFoundAtItsPath()
    {
        var invalidUtf8 = Encoding.UTF8.GetBytes("""{"a": ["ok", "XX"]}""");
        invalidUtf8[Array.IndexOf(invalidUtf8, (byte)'X')] = 0xC3;

        Assert.Equal(["a[1]"], JsonTextChecks.Find(invalidUtf8).Select(failure => failure.Path));
        Assert.Equal(["b"], Find("""{"b": "lone \uD800 surrogate"}""").Select(failure => failure.Path));
    }

    [Theory]
    [InlineData("""{"name": "Café \u00e9\u2028 ✓ 😀", "quote": "say \"hi\" \\ / \/"}""")]
    [InlineData("""{"a": "", "b": " ~", "c": null, "d": 1, "e": true, "f": [], "g": {}}""")]
    public void PrintableTextIsNoProblem(string json) => Assert.Empty(Find(json));

    [Fact]
    public void StringOverTheLimitIsStillFoundByItsLengthAsSent()
    {
        var failures = JsonTextChecks.Find(Encoding.UTF8.GetBytes("""{"a": "12345", "b": "1234\n", "c": "1234"}"""), maxStringBytes: 4);

        Assert.Equal(["a", "b"], failures.Select(failure => failure.Path));
    }

    [Fact]
    public void AtMostTwentyProblemsAreReported()
    {
        var json = "[" + string.Join(",", Enumerable.Repeat("\"\\u0000\"", 50)) + "]";

        Assert.Equal(20, Find(json).Count);
    }

    private static IReadOnlyList<ValidationFailure> Find(string json) => JsonTextChecks.Find(Encoding.UTF8.GetBytes(json));
}
