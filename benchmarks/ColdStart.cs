using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PolicyBot.Benchmarks;

/// <summary>
/// Seconds from starting the bot's process to GET /healthz answering 200, in a fresh working folder: the first
/// start encodes every passage and fills data/vectors there, the second finds them cached.
/// </summary>
internal static class ColdStart
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static async Task RunAsync()
    {
        var bot = Path.Combine(Repository.Root, "bot/bin/Release/net10.0/PolicyBot.Bot.dll");
        if (!File.Exists(bot))
        {
            Console.WriteLine($"cold start: {bot} is not built (dotnet build -c Release bot)");
            return;
        }

        var folder = Directory.CreateTempSubdirectory("policybot-coldstart").FullName;
        try
        {
            var first = await StartAsync(bot, folder);
            var second = await StartAsync(bot, folder);
            Console.WriteLine($"cold start to /healthz 200: first start (encoding every passage) {first.Wall.TotalSeconds:F1} s ({first.Cpu.TotalSeconds:F1} s CPU); with cached vectors {second.Wall.TotalSeconds:F1} s ({second.Cpu.TotalSeconds:F1} s CPU)");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(TimeSpan Wall, TimeSpan Cpu)> StartAsync(string bot, string folder)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [bot, "--urls", $"http://127.0.0.1:{port}", "--Logging:LogLevel:Default=Warning"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < Limit && !process.HasExited)
            {
                try
                {
                    using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        // CPU as well as wall time: on this shared machine the wall time mostly measures the others.
                        process.Refresh();
                        return (clock.Elapsed, process.TotalProcessorTime);
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(25);
            }

            throw new TimeoutException($"/healthz did not answer 200 within {Limit} (exited: {process.HasExited})");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
