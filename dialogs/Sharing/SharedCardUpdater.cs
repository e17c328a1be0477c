using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using PolicyBot.Dialogs.Infrastructure;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Dialogs.Versions;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Versions;

namespace PolicyBot.Dialogs.Sharing;

/// <summary>
/// When a policy gets a new version, rewrites the posted card of each share of it, so everyone sees that the
/// part changed (and "What changed"), and Teams refreshes the view of up to 59 people who read an earlier version.
/// </summary>
/// <remarks>
/// Done once, by the instance that recorded the version, when the load that recorded it is complete: a card
/// that cannot be reached now (Teams busy, the channel gone) is logged and left as it is; it shows the change
/// on its next refresh or click. (The outbox will carry these once it handles card updates in general.)
/// </remarks>
public sealed class SharedCardUpdater(ShareStore store, SharedTopicView view, PolicyVersions versions, CloudAdapterBase adapter, IOptions<BotIdentity> identity, ILogger<SharedCardUpdater> logger) : IKnowledgeListener
{
    public async Task OnLoadedAsync(PolicyKnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        var catalog = await versions.CatalogAsync(knowledge, cancellationToken).ConfigureAwait(false);
        foreach (var version in catalog.Recorded.Where(v => v.Number > 1))
        {
            await UpdateAsync(knowledge, version, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task UpdateAsync(PolicyKnowledgeBase kb, PolicyVersion version, CancellationToken cancellationToken)
    {
        foreach (var (share, json, activityId) in await store.PostedAsync(version.PolicyId, cancellationToken).ConfigureAwait(false))
        {
            var reference = JsonConvert.DeserializeObject<ConversationReference>(json);
            if (reference is null)
            {
                continue;
            }

            try
            {
                await adapter.ContinueConversationAsync(identity.Value.MicrosoftAppId, reference, async (turn, token) =>
                {
                    var card = await view.RenderAsync(turn, kb, share, null, token).ConfigureAwait(false);
                    var update = Replies.Card(card, "Shared policy card");
                    update.Id = activityId;
                    update.Conversation = reference.Conversation;
                    await turn.UpdateActivityAsync(update, token).ConfigureAwait(false);
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is ErrorResponseException or HttpRequestException or IOException)
            {
                Log.SharedCardNotUpdated(logger, share.Id, ex);
            }
        }
    }
}
