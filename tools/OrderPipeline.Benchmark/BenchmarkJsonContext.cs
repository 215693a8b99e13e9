using System.Text.Json;
using System.Text.Json.Serialization;
using OrderPipeline.Benchmark.Results;

namespace OrderPipeline.Benchmark;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(BenchmarkReport))]
[JsonSerializable(typeof(Dictionary<string, int>))]
internal sealed partial class BenchmarkJsonContext : JsonSerializerContext;
