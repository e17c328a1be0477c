using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PolicyBot.Benchmarks.Faults;

/// <summary>
/// One real bot process (the Release build of bot/, run with dotnet) on a fixed port, its output appended to a log
/// file; killed with SIGKILL or stopped with SIGTERM as a crash or a deploy would.
/// </summary>
internal sealed class BotProcess(string dll, IReadOnlyDictionary<string, string> settings, string log) : IDisposable
{
    private static readonly HttpClient Health = new() { Timeout = TimeSpan.FromSeconds(2) };
    private Process? _process;

    public int Port { get; } = FreePort();

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    /// <summary>When the last start was asked for, and when the bot then answered /healthz.</summary>
    public DateTime StartedAt { get; private set; }

    public DateTime ReadyAt { get; private set; }

    public static string Dll(string root) => Path.Combine(root, "bot", "bin", "Release", "net10.0", "PolicyBot.Bot.dll");

    public async Task StartAsync()
    {
        StartedAt = DateTime.UtcNow;

        // exec: the process is dotnet itself, so a signal reaches the bot and not a shell.
        var start = new ProcessStartInfo("/bin/sh", ["-c", $"exec dotnet '{dll}' --urls http://127.0.0.1:{Port} >>'{log}' 2>&1"]) { UseShellExecute = false };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start)!;
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited at start with {_process.ExitCode}; see {log}.");
            }

            try
            {
                if ((await Health.GetAsync(new Uri(Address, "healthz"))).StatusCode == HttpStatusCode.OK)
                {
                    ReadyAt = DateTime.UtcNow;
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The bot did not answer /healthz within 90 s; see {log}.");
    }

    /// <summary>kill -9: no chance to finish or release anything; returns when the process was seen dead.</summary>
    public DateTime Kill()
    {
        _process!.Kill();
        _process.WaitForExit();
        return DateTime.UtcNow;
    }

    /// <summary>kill -TERM, as a deploy stops a container; returns how long the bot took to exit.</summary>
    public async Task<TimeSpan> TerminateAsync()
    {
        var asked = DateTime.UtcNow;
        using (var signal = Process.Start("kill", ["-TERM", _process!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        await _process.WaitForExitAsync();
        return DateTime.UtcNow - asked;
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process?.Dispose();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
