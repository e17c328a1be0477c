using System.Globalization;
using System.Runtime;

namespace PolicyBot.Benchmarks;

/// <summary>
/// What the JIT did while one load's measured rounds ran, beside the process's CPU time then: tiered compilation
/// goes on for thousands of turns after a short warm-up, and a bot still being compiled is not in its steady state.
/// </summary>
internal sealed class JitShare
{
    private TimeSpan _jit;
    private TimeSpan _cpu;
    private long _methods;

    public async Task MeasureAsync(Func<Task> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var jit = JitInfo.GetCompilationTime();
        var methods = JitInfo.GetCompiledMethodCount();
        var cpu = Environment.CpuUsage.TotalTime;
        await run();
        _jit += JitInfo.GetCompilationTime() - jit;
        _methods += JitInfo.GetCompiledMethodCount() - methods;
        _cpu += Environment.CpuUsage.TotalTime - cpu;
    }

    // Compilation time is the JIT's elapsed time on its threads: on a busy machine it counts their waits too.
    // The process's CPU per answered request includes the load's client and the connector stub.
    public string Describe(int requests) =>
        string.Create(CultureInfo.InvariantCulture, $"JIT {_jit.TotalSeconds:F2} s, {_methods} methods compiled, {_cpu.TotalSeconds:F2} s of process CPU, {_cpu.TotalMilliseconds / Math.Max(1, requests):F2} ms a request");
}
