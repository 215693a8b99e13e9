using System.Diagnostics;
using Microsoft.Playwright;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.OperationsConsole;

/// <summary>
/// One headless Chromium for all the console's tests (starting one costs a second or two): Debian's <c>chromium</c>, driven
/// by Playwright, never a browser Playwright downloads. Each test opens its own context, at a laptop's 1366×768.
/// </summary>
public sealed class ConsoleBrowser : IAsyncLifetime
{
    /// <summary>Where the browser is; <c>CHROMIUM_PATH</c> overrides it.</summary>
    public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DebianChromium;

    private const string DebianChromium = "/usr/bin/chromium";
    private static readonly SemaphoreSlim Installing = new(1);

    /// <summary>Where screenshots go: <c>CONSOLE_SCREENSHOTS</c>, else TestResults/console at the repository root.</summary>
    public static string ScreenshotDirectory { get; } = Environment.GetEnvironmentVariable("CONSOLE_SCREENSHOTS") is { Length: > 0 } directory
        ? directory
        : Path.Combine(SharedAzurite.RepositoryRootPath, "TestResults", "console");

    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            await InstallChromiumAsync();
        }

        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The console's browser tests need Chromium at {ExecutablePath}: on Debian, apt-get install chromium (.ci/run does), or set CHROMIUM_PATH.");
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // This machine has no network beyond loopback: without these, Chromium keeps trying to reach its services.
            Args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh page (its own cookies and storage) of a laptop's size; console errors of the page fail the test at <see cref="ConsoleTab.DisposeAsync"/>.</summary>
    public async Task<ConsoleTab> OpenAsync(PipelineApp app, string pathAndQuery = "/manage/console")
    {
        var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 }, BaseURL = app.Client.BaseAddress!.ToString() });
        var page = await context.NewPageAsync();
        var console = new ConsoleTab(context, page);
        await page.GotoAsync(pathAndQuery);
        return console;
    }

    // As the tests install Azurite from npm when it is missing, so `dotnet test` works on a fresh machine: Debian's chromium
    // with apt-get, when the tests run as root on a machine that has apt-get. Anywhere else the caller says what is missing.
    private static async Task InstallChromiumAsync()
    {
        if (ExecutablePath != DebianChromium || Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get"))
        {
            return;
        }

        await Installing.WaitAsync();
        try
        {
            if (File.Exists(ExecutablePath)) return;
            var install = new ProcessStartInfo("/bin/sh", ["-c", "apt-get update -qq && apt-get install -y -qq chromium"])
            {
                Environment = { ["DEBIAN_FRONTEND"] = "noninteractive" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(install)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(10)).Token);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"apt-get could not install chromium (exit {process.ExitCode}): {await errors}{await output}");
            }
        }
        finally
        {
            Installing.Release();
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
    }
}
