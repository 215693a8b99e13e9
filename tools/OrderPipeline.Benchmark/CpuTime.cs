using System.Globalization;

namespace OrderPipeline.Benchmark;

/// <summary>
/// CPU seconds from /proc: of one process (user + system) and of the whole machine (busy, and all), to tell how
/// much of the machine the app, Azurite, the benchmark itself and everything else used during a phase. Linux only.
/// </summary>
internal static class CpuTime
{
    private static readonly double TicksPerSecond = 100; // USER_HZ, 100 on Linux on every common architecture

    public static double? OfProcess(int? processId)
    {
        if (processId is null || !File.Exists($"/proc/{processId}/stat")) return null;
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            // Fields after the command name (which may hold spaces) start at field 3; utime and stime are fields 14 and 15.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (Ticks(fields[11]) + Ticks(fields[12])) / TicksPerSecond;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <returns>Busy and total CPU seconds summed over all cores since boot, or null off Linux.</returns>
    public static (double Busy, double All)? OfMachine()
    {
        if (!File.Exists("/proc/stat")) return null;
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(Ticks).ToArray();
        var all = cpu.Take(8).Sum(); // user nice system idle iowait irq softirq steal
        var idle = cpu[3] + cpu[4];
        return ((all - idle) / TicksPerSecond, all / TicksPerSecond);
    }

    private static long Ticks(string text) => long.Parse(text, CultureInfo.InvariantCulture);
}
