using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace PolicyBot.Dialogs.Sharing;

/// <summary>The team a turn came from: its channels and its members, from the Bot Connector via TeamsInfo.</summary>
internal static class TeamRoster
{
    // Teams caps a page at 500 members; 20 pages is more than any team PolicyBot's cards go to.
    private const int PageSize = 500;
    private const int MaxPages = 20;

    public static async Task<IReadOnlyList<ChannelInfo>> ChannelsAsync(ITurnContext turnContext, string teamId, CancellationToken cancellationToken) =>
        (await TeamsInfo.GetTeamChannelsAsync(turnContext, teamId, cancellationToken).ConfigureAwait(false)).ToList();

    public static async Task<IReadOnlyList<TeamsChannelAccount>> MembersAsync(ITurnContext turnContext, string teamId, CancellationToken cancellationToken)
    {
        var members = new List<TeamsChannelAccount>();
        string? token = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var result = await TeamsInfo.GetPagedTeamMembersAsync(turnContext, teamId, token, PageSize, cancellationToken).ConfigureAwait(false);
            members.AddRange(result.Members ?? []);
            token = result.ContinuationToken;
            if (string.IsNullOrEmpty(token))
            {
                break;
            }
        }

        return members;
    }

    /// <summary>A channel's name as Teams shows it: the General channel comes without one.</summary>
    public static string NameOf(ChannelInfo channel) => string.IsNullOrWhiteSpace(channel.Name) ? "General" : channel.Name;

    public static string? TeamId(IActivity activity) => activity.TeamsGetTeamInfo()?.Id;

    public static string? ChannelId(IActivity activity) => activity.TeamsGetChannelId();
}
