using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Versions;

namespace PolicyBot.Dialogs.Versions;

/// <summary>
/// Records each loaded policy as a version (a new one only when its text changed) and keeps every policy's
/// history for the knowledge base that was loaded. Instances that load the same files agree: the first to
/// record a version wins, the others find it there.
/// </summary>
public sealed class PolicyVersions(PolicyVersionStore store, IEnumerable<IPolicyVersionListener> listeners, TimeProvider time, ILogger<PolicyVersions> logger) : IKnowledgeListener
{
    // Two instances recording one change at once: the loser reads again and finds the winner's version.
    private const int Attempts = 3;

    private readonly ConditionalWeakTable<PolicyKnowledgeBase, Task<VersionCatalog>> _recorded = [];

    public Task OnLoadedAsync(PolicyKnowledgeBase knowledge, CancellationToken cancellationToken) => CatalogAsync(knowledge, cancellationToken);

    /// <summary>The versions of the policies in this knowledge base, recording them the first time it is asked.</summary>
    public async Task<VersionCatalog> CatalogAsync(PolicyKnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var recording = _recorded.GetValue(knowledge, kb => RecordAsync(kb, CancellationToken.None));
        try
        {
            return await recording.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException)
        {
            // Not remembered: the next question tries again rather than inheriting this failure.
            _recorded.Remove(knowledge);
            throw;
        }
    }

    /// <summary>The catalog, or null when the database cannot be reached (logged): for what can go without versions, such as a note on an answer.</summary>
    public async Task<VersionCatalog?> TryCatalogAsync(PolicyKnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        try
        {
            return await CatalogAsync(knowledge, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException ex)
        {
            Log.VersionsUnavailable(logger, ex);
            return null;
        }
    }

    private async Task<VersionCatalog> RecordAsync(PolicyKnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        var histories = new Dictionary<string, PolicyHistory>(await store.HistoriesAsync(cancellationToken).ConfigureAwait(false), StringComparer.Ordinal);
        var recorded = new List<PolicyVersion>();
        foreach (var document in knowledge.Documents)
        {
            for (var attempt = 1; ; attempt++)
            {
                var history = histories.GetValueOrDefault(document.Id) ?? new PolicyHistory([]);
                var next = history.Next(document, time);
                if (ReferenceEquals(next, history.Latest))
                {
                    break;
                }

                if (await store.AddAsync(next, cancellationToken).ConfigureAwait(false))
                {
                    histories[document.Id] = new PolicyHistory([.. history.Versions, next]);
                    recorded.Add(next);
                    Log.PolicyVersionRecorded(logger, next.PolicyId, next.Number);
                    foreach (var listener in listeners)
                    {
                        await listener.OnNewVersionAsync(next, cancellationToken).ConfigureAwait(false);
                    }

                    break;
                }

                histories[document.Id] = await store.HistoryAsync(document.Id, cancellationToken).ConfigureAwait(false);
                if (attempt == Attempts)
                {
                    break;
                }
            }
        }

        return new VersionCatalog(histories, recorded);
    }
}
