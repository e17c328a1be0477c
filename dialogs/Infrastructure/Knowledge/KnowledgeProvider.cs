using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicyBot.Knowledge;

namespace PolicyBot.Dialogs.Infrastructure.Knowledge;

/// <summary>Loads the knowledge base once, off the request path, and hands it to whoever needs it.</summary>
/// <remarks>
/// Each load and reload runs the features' checks (a failing one fails the load) and is then told to the
/// listeners (policy versions are recorded then); a listener that cannot reach the database is logged and the
/// policies still serve.
/// </remarks>
public sealed class KnowledgeProvider(IOptions<KnowledgeSettings> settings, TimeProvider time, ILogger<KnowledgeProvider> logger, IEnumerable<IKnowledgeCheck>? checks = null, IEnumerable<IKnowledgeListener>? listeners = null) : IDisposable
{
    private readonly IReadOnlyList<IKnowledgeCheck> _checks = checks?.ToList() ?? [];
    private readonly IReadOnlyList<IKnowledgeListener> _listeners = listeners?.ToList() ?? [];
    private Lazy<Task<PolicyKnowledgeBase>> _load = new(() => Task.Run(() => LoadAsync(settings.Value, time, logger, checks?.ToList() ?? [], listeners?.ToList() ?? [], CancellationToken.None)));

    /// <summary>True once the policies are loaded and indexed.</summary>
    public bool IsReady => _load.IsValueCreated && _load.Value.IsCompletedSuccessfully;

    public Task<PolicyKnowledgeBase> GetAsync(CancellationToken cancellationToken) => Volatile.Read(ref _load).Value.WaitAsync(cancellationToken);

    /// <summary>Reads the knowledge folder again, after a policy file was replaced; on failure the loaded policies stay.</summary>
    public async Task<PolicyKnowledgeBase> ReloadAsync(CancellationToken cancellationToken)
    {
        var fresh = await Task.Run(() => LoadAsync(settings.Value, time, logger, _checks, _listeners, cancellationToken), cancellationToken).ConfigureAwait(false);
        var loaded = new Lazy<Task<PolicyKnowledgeBase>>(() => Task.FromResult(fresh));
        _ = loaded.Value;

        // The old knowledge base may still be answering a turn in flight, so it is left to the garbage collector
        // rather than disposed under that turn.
        Volatile.Write(ref _load, loaded);
        return fresh;
    }

    public void Dispose()
    {
        if (IsReady)
        {
            _load.Value.Result.Dispose();
        }
    }

    private static async Task<PolicyKnowledgeBase> LoadAsync(KnowledgeSettings settings, TimeProvider time, ILogger logger, IReadOnlyList<IKnowledgeCheck> checks, IReadOnlyList<IKnowledgeListener> listeners, CancellationToken cancellationToken)
    {
        var knowledge = Load(settings, time, logger, checks);
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnLoadedAsync(knowledge, cancellationToken).ConfigureAwait(false);
            }
            catch (System.Data.Common.DbException ex)
            {
                // The database may be starting or unreachable: answers still work, and versions are recorded
                // on the next load or the first time something asks for them.
                Log.KnowledgeListenerFailed(logger, listener.GetType().Name, ex);
            }
        }

        return knowledge;
    }

    private static PolicyKnowledgeBase Load(KnowledgeSettings settings, TimeProvider time, ILogger logger, IReadOnlyList<IKnowledgeCheck> checks)
    {
        var folder = settings.ResolveFolder();
        var started = time.GetTimestamp();
        try
        {
            var knowledge = PolicyKnowledgeBase.Load(folder, settings.ToOptions(), time);
            try
            {
                foreach (var check in checks)
                {
                    check.Check(folder, knowledge);
                }
            }
            catch (InvalidDataException)
            {
                knowledge.Dispose();
                throw;
            }

            Log.KnowledgeLoaded(logger, knowledge.Documents.Count, knowledge.Index.Passages.Count, time.GetElapsedTime(started).TotalMilliseconds);
            foreach (var warning in knowledge.Warnings)
            {
                Log.KnowledgeWarning(logger, warning);
            }

            return knowledge;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            Log.KnowledgeFailed(logger, folder, ex);
            throw;
        }
    }
}
