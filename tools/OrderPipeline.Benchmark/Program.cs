using System.Text.Json;
using OrderPipeline.Benchmark;
using OrderPipeline.Benchmark.Results;

if (BenchmarkOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, press) => { press.Cancel = true; cancellation.Cancel(); };
var progress = new Progress();

await using var target = await BenchmarkTarget.StartAsync(options, progress, cancellation.Token);
using var client = new PipelineClient(target.Address, options.Key);
BenchmarkReport report;
try
{
    report = await new BenchmarkRun(target, client, options, progress).RunAsync(cancellation.Token);
}
catch (HttpRequestException) when (target.Exited is { } exited)
{
    Console.Error.WriteLine(exited);
    return 1;
}


var markdown = MarkdownReport.Render(report);
Directory.CreateDirectory(options.OutputDirectory);
var name = $"benchmark-{report.StartedAt:yyyyMMdd-HHmmss}";
await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, name + ".md"), markdown);
await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, name + ".json"), JsonSerializer.Serialize(report, BenchmarkJsonContext.Default.BenchmarkReport));
Console.WriteLine();
Console.WriteLine(markdown);
Console.WriteLine($"Report written to {Path.GetFullPath(Path.Combine(options.OutputDirectory, name))}.md and .json");
if (!options.Check)
{
    return 0;
}

var guarded = report.Targets.Where(check => check.Guarded).ToList();
var missed = guarded.Where(check => check.Met != true).ToList();
foreach (var check in missed)
{
    Console.WriteLine($"Guard missed: {check.Measure}: {check.Measured}, wanted {check.Target}");
}

Console.WriteLine($"Benchmark guard: {guarded.Count - missed.Count} of {guarded.Count} guarded figures met");
return missed.Count == 0 ? 0 : 3;
