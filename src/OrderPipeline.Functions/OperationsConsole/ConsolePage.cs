using System.Security.Cryptography;
using System.Text;

namespace OrderPipeline.Functions.OperationsConsole;

/// <summary>
/// The operations console as one HTML document: the page, its style sheet and its script are embedded resources of this
/// assembly, put together once. Style and script are inline, so the page is one admin-level request and needs no other
/// route (a script file would need the key too); the Content-Security-Policy allows exactly those two by their hashes,
/// and connections to this app only.
/// </summary>
internal static class ConsolePage
{
    private const string StylePlaceholder = "/* console.css */";
    private const string ScriptPlaceholder = "// console.js";

    private static readonly Lazy<(string Html, string Policy)> Built = new(Build);

    public static string Html => Built.Value.Html;

    public static string ContentSecurityPolicy => Built.Value.Policy;

    private static (string, string) Build()
    {
        var style = Read("console.css");
        var script = Read("console.js");
        var html = Read("console.html").Replace(StylePlaceholder, style, StringComparison.Ordinal)
            .Replace(ScriptPlaceholder, script, StringComparison.Ordinal);
        var policy = $"default-src 'none'; script-src '{Hash(script)}'; style-src '{Hash(style)}'; connect-src 'self'; " +
            "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        return (html, policy);
    }

    private static string Hash(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));

    private static string Read(string name)
    {
        using var stream = typeof(ConsolePage).Assembly.GetManifestResourceStream($"OrderPipeline.Console.{name}")
            ?? throw new InvalidOperationException($"The console's {name} is not embedded in {typeof(ConsolePage).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
