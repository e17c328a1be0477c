using System.Collections.Concurrent;
using Microsoft.Bot.Schema.Teams;

namespace PolicyBot.Dialogs.Sharing;

/// <summary>
/// A team's members as Teams listed them within the last minute. Every view of a shared card counts who has read
/// it against the team, and Teams refreshes that card for up to 60 people at once: reading a large team's roster,
/// page by page, for each of those views would run into Teams' rate limits for no news. A member joining or
/// leaving the team (Teams tells the bot) makes the next view read it again.
/// </summary>
public sealed class TeamRosterCache(TimeProvider time)
{
    /// <summary>How long a roster read is used before it is read again.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

    // One instance serves every team it is in; past this many, the stale ones go first, then all.
    private const int MaxTeams = 1_000;

    private readonly ConcurrentDictionary<string, Entry> _teams = new(StringComparer.Ordinal);

    /// <summary>The team's members: the ones read within <see cref="Freshness"/>, or a new read (kept only when it succeeds).</summary>
    public async Task<IReadOnlyList<TeamsChannelAccount>> MembersAsync(string teamId, Func<CancellationToken, Task<IReadOnlyList<TeamsChannelAccount>>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(teamId);
        ArgumentNullException.ThrowIfNull(read);
        var now = time.GetUtcNow();
        if (_teams.TryGetValue(teamId, out var known) && now - known.ReadAt < Freshness)
        {
            return known.Members;
        }

        var members = await read(cancellationToken).ConfigureAwait(false);
        MakeRoom(now);
        _teams[teamId] = new Entry(members, now);
        return members;
    }

    /// <summary>Forgets the team's roster, so the next view reads who is in it now.</summary>
    public void Forget(string teamId)
    {
        ArgumentNullException.ThrowIfNull(teamId);
        _teams.TryRemove(teamId, out _);
    }

    private void MakeRoom(DateTimeOffset now)
    {
        if (_teams.Count < MaxTeams)
        {
            return;
        }

        foreach (var (team, entry) in _teams)
        {
            if (now - entry.ReadAt >= Freshness)
            {
                _teams.TryRemove(team, out _);
            }
        }

        if (_teams.Count >= MaxTeams)
        {
            _teams.Clear();
        }
    }

    private sealed record Entry(IReadOnlyList<TeamsChannelAccount> Members, DateTimeOffset ReadAt);
}
