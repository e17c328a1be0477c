using System.Globalization;
using PolicyBot.Benchmarks;
using PolicyBot.Benchmarks.Faults;

// dotnet run -c Release --project benchmarks [-- MODE [ARGS]]
//   latency              in-process answer latency (no ports)
//   encoder              the sentence model's time per question
//   coldstart            the bot's start to /healthz 200
//   throughput [rounds] [warm-up]  /api/messages against the stock echo bot, one-second rounds per bot (default 10), after warm-up seconds per load (default 2)
//   turncost [requests] [echo|policybot|answer]  CPU ms and allocated bytes per answered request, each bot alone in a child process (default 4000); answer: the in-process answer alone
//   fuzz [count] [seed]  mutated Teams activities against a bot on 127.0.0.1 (see Fuzzer)
//   hostile              the cost of the long inputs
//   faults [scenario] [seed]  delivery under kill -9, SIGTERM, slow Teams and hung SMTP, against real bot processes
//                        (see Faults/FaultHarness.cs; needs the Release bot build, not part of CI)
//   [rounds]             everything but fuzz and hostile
var mode = args.Length > 0 && !int.TryParse(args[0], out _) ? args[0] : "all";
int Number(int at, int fallback) => args.Length > at && int.TryParse(args[at], CultureInfo.InvariantCulture, out var n) ? n : fallback;

if (mode == TurnCostServer.Mode)
{
    await TurnCostServer.RunAsync(args[1]);
    return 0;
}

// The figures move with whatever else the machine is doing: say how busy it was.
if (File.Exists("/proc/loadavg"))
{
    Console.WriteLine($"load average at start: {File.ReadAllText("/proc/loadavg").Trim()} ({Environment.ProcessorCount} cores)");
}

switch (mode)
{
    case "latency":
        await AnswerLatency.RunAsync();
        break;
    case "encoder":
        await EncoderLatency.RunAsync();
        break;
    case "coldstart":
        await ColdStart.RunAsync();
        break;
    case "throughput":
        await Throughput.RunAsync(TimeSpan.FromSeconds(Number(1, 10)), TimeSpan.FromSeconds(Number(2, 2)));
        break;
    case "turncost":
        await TurnCost.RunAsync(Number(1, 4_000), args.Length > 2 ? args[2] : null);
        break;
    case "fuzz":
        await Fuzzer.RunAsync(Number(1, 10_000), Number(2, 13));
        break;
    case "hostile":
        HostileInputs.Run();
        break;
    case "faults":
        return await FaultHarness.RunAsync(args[1..]);
    case "all":
        await AnswerLatency.RunAsync();
        await EncoderLatency.RunAsync();
        await ColdStart.RunAsync();
        await Throughput.RunAsync(TimeSpan.FromSeconds(Number(0, 10)));
        break;
    default:
        Console.Error.WriteLine($"Unknown mode '{mode}': latency, encoder, coldstart, throughput [rounds], turncost [requests] [bot], fuzz [count] [seed], hostile, faults [scenario] [seed], or a number of rounds.");
        return 2;
}

return 0;
