using PolicyBot.Benchmarks;

// dotnet run -c Release --project benchmarks [-- seconds | latency]
// "latency" runs only the in-process answer latency, which needs no ports and takes seconds; "encoder" only
// the sentence models' time per question.
if (args.Contains("encoder"))
{
    await EncoderLatency.RunAsync();
    return;
}

var latencyOnly = args.Contains("latency");
var seconds = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 10;
await AnswerLatency.RunAsync();
if (!latencyOnly)
{
    await Throughput.RunAsync(TimeSpan.FromSeconds(seconds));
}
