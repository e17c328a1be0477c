using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PolicyBot.Dialogs.Infrastructure.Knowledge;

/// <summary>
/// Reloads the policies when a file in the knowledge folder changes, so a replaced policy (or synonyms, routes,
/// flow) takes effect without a restart and shared cards show the new text on their next refresh.
/// </summary>
internal sealed class KnowledgeWatcher(KnowledgeProvider knowledge, IOptions<KnowledgeSettings> settings, TimeProvider time, ILogger<KnowledgeWatcher> logger) : IHostedService, IDisposable
{
    // Editors and copies write a file in several steps; wait for a quiet spell before reading the folder.
    private static readonly TimeSpan Debounce = TimeSpan.FromSeconds(1);

    private FileSystemWatcher? _watcher;
    private ITimer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = settings.Value.ResolveFolder();
        if (!settings.Value.WatchForChanges || !Directory.Exists(folder))
        {
            return Task.CompletedTask;
        }

        _timer = time.CreateTimer(_ => _ = ReloadAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        _watcher.Changed += (_, _) => Schedule();
        _watcher.Created += (_, _) => Schedule();
        _watcher.Deleted += (_, _) => Schedule();
        _watcher.Renamed += (_, _) => Schedule();
        _watcher.EnableRaisingEvents = true;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _watcher = null;
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _timer?.Dispose();
    }

    private void Schedule() => _timer?.Change(Debounce, Timeout.InfiniteTimeSpan);

    private async Task ReloadAsync()
    {
        try
        {
            await knowledge.ReloadAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            // A half-written or broken file: the policies loaded before stay in service.
            Log.ReloadFailed(logger, ex);
        }
    }
}
