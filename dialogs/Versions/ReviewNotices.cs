using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Extensions.Logging;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Knowledge;

namespace PolicyBot.Dialogs.Versions;

/// <summary>
/// Which conversations have been told that a policy is overdue for review: the notice goes once per
/// conversation per policy, not on every card, whichever instance answers (the record is in the shared database).
/// </summary>
public sealed class ReviewNotices(IDatabase database, TimeProvider time, ILogger<ReviewNotices> logger)
{
    // A notice once given stays given, so this instance remembers it and asks the database only the first time:
    // otherwise every answer in a conversation writes a row. Bounded; when full it starts again (a database lookup each).
    private const int Remembered = 10_000;

    private readonly ConcurrentDictionary<(string Conversation, string Policy), bool> _given = new();

    /// <summary>
    /// The review notes of the overdue policies among <paramref name="policyIds"/> that this conversation has not
    /// been given yet, joined; null when there are none. Without a conversation (nothing to remember it by) every note.
    /// </summary>
    public async Task<string?> NoteAsync(string? conversationId, PolicyKnowledgeBase knowledge, IEnumerable<string> policyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(policyIds);
        var notes = new List<string>();
        foreach (var policyId in policyIds.Distinct(StringComparer.Ordinal))
        {
            if (knowledge.ReviewNote(policyId) is { } note && (conversationId is null || await FirstTimeAsync(conversationId, policyId, cancellationToken).ConfigureAwait(false)))
            {
                notes.Add(note);
            }
        }

        return notes.Count == 0 ? null : string.Join(" ", notes);
    }

    /// <summary>True the first time it is asked for this conversation (a channel counts once, whatever thread) and policy.</summary>
    public async Task<bool> FirstTimeAsync(string conversationId, string policyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(policyId);
        var key = (Conversation(conversationId), policyId);
        if (_given.ContainsKey(key))
        {
            return false;
        }

        try
        {
            // Two instances answering in one conversation at once: the primary key lets exactly one insert.
            var added = await Sql.ExecuteAsync(
                database,
                "INSERT INTO review_notices (conversation_id, policy_id, at) VALUES (@conversation, @policy, @at) ON CONFLICT (conversation_id, policy_id) DO NOTHING",
                cancellationToken,
                ("@conversation", key.Item1),
                ("@policy", policyId),
                ("@at", Sql.Millis(time.GetUtcNow()))).ConfigureAwait(false);
            if (_given.Count >= Remembered)
            {
                _given.Clear();
            }

            _given[key] = true;
            return added == 1;
        }
        catch (DbException ex)
        {
            // Telling someone twice is better than never telling them the policy may be out of date.
            Log.ReviewNoticesUnavailable(logger, ex);
            return true;
        }
    }

    // A channel's conversation id names the thread after ';' ("19:...@thread.tacv2;messageid=..."): the channel is the conversation.
    private static string Conversation(string conversationId)
    {
        var end = conversationId.IndexOf(';', StringComparison.Ordinal);
        return end < 0 ? conversationId : conversationId[..end];
    }
}
