namespace PolicyBot.Benchmarks.Faults;

/// <summary>
/// The fault runs of docs/benchmarks.md, against real bot processes (build bot/ in Release first):
/// <c>dotnet run -c Release --project benchmarks -- faults [kill|kill-postgres|slow-teams|sigterm|smtp-hung|all] [seed]</c>.
/// slow-teams, sigterm and kill-postgres need POLICYBOT_TEST_POSTGRES (scripts/test-services.sh starts one).
/// </summary>
internal static class FaultHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var scenario = args.FirstOrDefault() ?? "all";
        var seed = args.Length > 1 && int.TryParse(args[1], out var s) ? s : 16;
        if (!File.Exists(BotProcess.Dll(Repository.Root)))
        {
            await Console.Error.WriteLineAsync($"Build the bot first: dotnet build -c Release bot (looked for {BotProcess.Dll(Repository.Root)}).");
            return 2;
        }

        Console.WriteLine($"load average at start: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown")}");
        var all = scenario == "all";
        if (all || scenario == "kill")
        {
            await KillScenario.RunAsync(postgres: false, kills: 20, seed);
        }

        if (scenario == "kill-postgres")
        {
            await KillScenario.RunAsync(postgres: true, kills: 20, seed);
        }

        if (all || scenario == "slow-teams")
        {
            await SlowTeamsScenario.RunAsync(burst: 40);
        }

        if (all || scenario == "sigterm")
        {
            await StopScenario.RunAsync(stops: 5);
        }

        if (all || scenario == "smtp-hung")
        {
            await HungMailScenario.RunAsync();
        }

        return 0;
    }
}
