using Microsoft.Playwright;

namespace OrderPipeline.IntegrationTests.OperationsConsole;

/// <summary>The console open in a browser tab, with what a person would look at and press.</summary>
public sealed class ConsoleTab : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> errors = [];

    public ConsoleTab(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        // A script error or a refused Content-Security-Policy shows here; the page must have none. An answer of 4xx is
        // logged here too ("Failed to load resource"), and is what some tests are about: the page shows those itself.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) errors.Add(message.Text);
        };
        page.PageError += (_, error) => errors.Add(error);
    }

    public IPage Page { get; }

    /// <summary>Seconds a page is given to show something that the pipeline does in the background (it refreshes every 5 s).</summary>
    public static readonly LocatorAssertionsToHaveTextOptions Patiently = new() { Timeout = 30_000 };

    public ILocator Entries => Page.Locator("#entries tbody");
    public ILocator EntryRow(string id) => Page.Locator($"#entries tbody tr[data-id='{id}']");
    public ILocator EntryPanel => Page.Locator("#entry");
    public ILocator OrderPanel => Page.Locator("#order");
    public ILocator StateCount(string state) => Page.Locator($"#state-counts button[data-state='{state}'] b");

    public Task GoToAsync(string hash) => Page.EvaluateAsync($"location.hash = '{hash}'");

    /// <summary>Saves what the page shows now as a test artifact.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ConsoleBrowser.ScreenshotDirectory);
        var path = Path.Combine(ConsoleBrowser.ScreenshotDirectory, name + ".png");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    public IReadOnlyList<string> Errors => errors;

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
