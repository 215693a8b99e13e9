namespace OrderPipeline.Benchmark;

/// <summary>The app process's memory: the kernel's high-water mark (VmHWM), the highest sampled VmRSS, and VmRSS at the end.</summary>
internal sealed record MemoryResult(double PeakMiB, double PeakSampledRssMiB, double FinalRssMiB, int Samples);
