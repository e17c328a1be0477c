using PolicyBot.Benchmarks;

// dotnet run -c Release --project benchmarks [-- seconds | latency | encoder | coldstart | throughput [seconds]]
// "latency" runs only the in-process answer latency, which needs no ports; "encoder" only the sentence
// model's time per question; "coldstart" only the bot's start to /healthz 200. With a number (or nothing)
// all of them run, then the throughput through /api/messages for that many one-second rounds per bot.
if (args.Contains("encoder"))
{
    await EncoderLatency.RunAsync();
    return;
}

if (args.Contains("coldstart"))
{
    await ColdStart.RunAsync();
    return;
}

if (args.Contains("throughput"))
{
    await Throughput.RunAsync(TimeSpan.FromSeconds(args.Length > 1 && int.TryParse(args[^1], out var rounds) ? rounds : 10));
    return;
}

var latencyOnly = args.Contains("latency");
var seconds = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 10;
await AnswerLatency.RunAsync();
if (!latencyOnly)
{
    await EncoderLatency.RunAsync();
    await ColdStart.RunAsync();
    await Throughput.RunAsync(TimeSpan.FromSeconds(seconds));
}
