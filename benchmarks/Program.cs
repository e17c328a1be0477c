using PolicyBot.Benchmarks;

// dotnet run -c Release --project benchmarks [-- seconds]
var seconds = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 10;
await AnswerLatency.RunAsync();
await Throughput.RunAsync(TimeSpan.FromSeconds(seconds));
