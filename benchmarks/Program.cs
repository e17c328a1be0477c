using PolicyBot.Benchmarks;

// dotnet run -c Release --project benchmarks [-- seconds | latency]
// "latency" runs only the in-process answer latency, which needs no ports and takes seconds.
var latencyOnly = args.Contains("latency");
var seconds = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 10;
await AnswerLatency.RunAsync();
if (!latencyOnly)
{
    await Throughput.RunAsync(TimeSpan.FromSeconds(seconds));
}
