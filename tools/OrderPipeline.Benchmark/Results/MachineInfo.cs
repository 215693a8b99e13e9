namespace OrderPipeline.Benchmark.Results;

/// <summary>Where the benchmark ran. The load averages tell whether other work shared the machine.</summary>
internal sealed record MachineInfo(
    int Processors, string CpuModel, double MemoryGiB, string OperatingSystem, string Runtime, string LoadAverageAtStart, string LoadAverageAtEnd)
{
    public static MachineInfo Read() => new(
        Environment.ProcessorCount,
        ProcFile("/proc/cpuinfo", "model name") ?? "unknown",
        Math.Round(double.Parse(ProcFile("/proc/meminfo", "MemTotal")?.Split(' ')[0] ?? "0", System.Globalization.CultureInfo.InvariantCulture) / 1024 / 1024, 1),
        System.Runtime.InteropServices.RuntimeInformation.OSDescription,
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
        LoadAverage(),
        "");

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string? ProcFile(string path, string field) =>
        File.Exists(path)
            ? File.ReadLines(path).FirstOrDefault(line => line.StartsWith(field, StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
}
