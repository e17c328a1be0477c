using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Time.Testing;
using PolicyBot.Dialogs.Sharing;

namespace PolicyBot.Dialogs.Tests.Sharing;

public sealed class TeamRosterCacheTests
{
    private const string Team = "19:team@thread.tacv2";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero));
    private int _reads;

    [Fact]
    public async Task MembersAsync_AMinuteAfterTheRead_ReadsAgain()
    {
        var cache = new TeamRosterCache(_time);
        await cache.MembersAsync(Team, ReadAsync, CancellationToken.None);
        _time.Advance(TeamRosterCache.Freshness - TimeSpan.FromSeconds(1));
        await cache.MembersAsync(Team, ReadAsync, CancellationToken.None);
        Assert.Equal(1, _reads);

        _time.Advance(TimeSpan.FromSeconds(1));
        var members = await cache.MembersAsync(Team, ReadAsync, CancellationToken.None);
        Assert.Equal(2, _reads);
        Assert.Equal("29:read-2", Assert.Single(members).Id);
    }

    [Fact]
    public async Task MembersAsync_ReadFails_NothingIsKeptAndTheNextViewReadsAgain()
    {
        var cache = new TeamRosterCache(_time);
        await Assert.ThrowsAsync<HttpRequestException>(() => cache.MembersAsync(Team, _ => throw new HttpRequestException("throttled"), CancellationToken.None));

        await cache.MembersAsync(Team, ReadAsync, CancellationToken.None);
        Assert.Equal(1, _reads);
    }

    [Fact]
    public async Task Forget_ThatTeamOnly_IsReadAgain()
    {
        var cache = new TeamRosterCache(_time);
        await cache.MembersAsync(Team, ReadAsync, CancellationToken.None);
        await cache.MembersAsync("19:other@thread.tacv2", ReadAsync, CancellationToken.None);

        cache.Forget(Team);
        await cache.MembersAsync(Team, ReadAsync, CancellationToken.None);
        await cache.MembersAsync("19:other@thread.tacv2", ReadAsync, CancellationToken.None);
        Assert.Equal(3, _reads);
    }

    private Task<IReadOnlyList<TeamsChannelAccount>> ReadAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TeamsChannelAccount>>([new TeamsChannelAccount { Id = $"29:read-{Interlocked.Increment(ref _reads)}" }]);
}
