using PolicyBot.Benchmarks;

// dotnet run -c Release --project benchmarks [-- seconds | latency]
// "latency" runs only the in-process answer latency, which needs no ports and takes seconds.
// "fuzz [count] [seed]" posts mutated activities to a bot on 127.0.0.1 (see Fuzzer); "hostile" times the long inputs.
if (args.Length > 0 && args[0] == "fuzz")
{
    await Fuzzer.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 13);
    return;
}

if (args.Length > 0 && args[0] == "hostile")
{
    HostileInputs.Run();
    return;
}

var latencyOnly = args.Contains("latency");
var seconds = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 10;
await AnswerLatency.RunAsync();
if (!latencyOnly)
{
    await Throughput.RunAsync(TimeSpan.FromSeconds(seconds));
}
