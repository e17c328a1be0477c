using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using PolicyBot.Dialogs.Infrastructure;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Versions;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Topics;

namespace PolicyBot.Dialogs.Sharing;

/// <summary>
/// The sharer's "Export (CSV)": Teams lets a bot send a file only into a personal chat, through the file
/// consent flow. So the bot opens the sharer's chat with it and offers the file there; when they select
/// Allow, Teams gives an upload URL in their OneDrive, the bot writes the CSV there and posts the file card.
/// </summary>
public sealed class AcknowledgementExport(
    ShareStore store,
    PolicyVersions versions,
    KnowledgeProvider knowledge,
    IHttpClientFactory http,
    IOptions<BotIdentity> identity,
    ILogger<AcknowledgementExport> logger)
{
    public const string HttpClientName = "policybot-file-upload";

    /// <summary>Sends the file offer to the sharer's personal chat; returns what to tell them on the card.</summary>
    public async Task<string> OfferAsync(ITurnContext turnContext, PolicyKnowledgeBase kb, ShareRecord share, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(share);
        var (name, bytes) = await FileAsync(kb, share, cancellationToken).ConfigureAwait(false);
        var offer = MessageFactory.Attachment(new Attachment
        {
            ContentType = FileConsentCard.ContentType,
            Name = name,
            Content = new FileConsentCard
            {
                Description = $"Who has read \u201c{TitleOf(kb, share)}\u201d, each version they read and when.",
                SizeInBytes = bytes.Length,
                AcceptContext = new JObject { ["shareId"] = share.Id },
                DeclineContext = new JObject { ["shareId"] = share.Id },
            },
        });
        var origin = turnContext.Activity.GetConversationReference();
        var tenantId = turnContext.Activity.Conversation?.TenantId;
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = origin.Bot,
            Members = [turnContext.Activity.From],
            TenantId = tenantId,
            ChannelData = new JObject { ["tenant"] = new JObject { ["id"] = tenantId } },
        };
        // The turn's own adapter opens the chat: the export is only ever offered from a turn.
        await turnContext.Adapter.CreateConversationAsync(identity.Value.MicrosoftAppId, origin.ChannelId, origin.ServiceUrl, null, parameters, (turn, token) => turn.SendActivityAsync(offer, token), cancellationToken).ConfigureAwait(false);
        return "I've sent the CSV file to your chat with PolicyBot. Select Allow there and it is saved to your OneDrive.";
    }

    /// <summary>The sharer allowed the file: writes it to the upload URL Teams gave and posts the file card.</summary>
    public async Task AcceptAsync(ITurnContext turnContext, FileConsentCardResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(response);
        var shareId = (response.Context as JObject)?.Value<string>("shareId") ?? JObject.FromObject(response.Context ?? new object()).Value<string>("shareId");
        var share = shareId is null ? null : await store.FindAsync(shareId, cancellationToken).ConfigureAwait(false);
        if (share is null || share.SharerId != turnContext.Activity.From?.Id || response.UploadInfo?.UploadUrl is not { Length: > 0 } uploadUrl)
        {
            await turnContext.SendActivityAsync("I can't export that card's acknowledgements for you.", cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        var (_, bytes) = await FileAsync(kb, share, cancellationToken).ConfigureAwait(false);
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Headers.ContentRange = new ContentRangeHeaderValue(0, bytes.Length - 1, bytes.Length);
        using var put = await http.CreateClient(HttpClientName).PutAsync(new Uri(uploadUrl), content, cancellationToken).ConfigureAwait(false);
        if (!put.IsSuccessStatusCode)
        {
            Log.ExportUploadFailed(logger, (int)put.StatusCode);
            await turnContext.SendActivityAsync("Saving the file to your OneDrive didn't work. Please try Export again.", cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        var info = response.UploadInfo;
        await turnContext.SendActivityAsync(MessageFactory.Attachment(new Attachment
        {
            ContentType = FileInfoCard.ContentType,
            ContentUrl = info.ContentUrl,
            Name = info.Name,
            Content = new FileInfoCard { UniqueId = info.UniqueId, FileType = info.FileType },
        }), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The CSV of a share's acknowledgements and its file name, as the command line also writes it.</summary>
    public async Task<(string Name, byte[] Bytes)> FileAsync(PolicyKnowledgeBase kb, ShareRecord share, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kb);
        ArgumentNullException.ThrowIfNull(share);
        var acknowledgements = await store.AcknowledgementsAsync(share.Id, cancellationToken).ConfigureAwait(false);
        var history = (await versions.CatalogAsync(kb, cancellationToken).ConfigureAwait(false)).History(share.PolicyId);
        var policy = kb.FindPolicy(share.PolicyId)?.Title ?? share.PolicyId;
        var csv = AcknowledgementCsv.Write(share, policy, TitleOf(kb, share), acknowledgements, v => history.Find(v) is { } version ? version.EffectiveDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
        return ($"acknowledgements-{Knowledge.Documents.Slug.Of(TitleOf(kb, share))}-{share.SharedAt.UtcDateTime:yyyyMMdd}.csv", Encoding.UTF8.GetBytes(csv));
    }

    private static string TitleOf(PolicyKnowledgeBase kb, ShareRecord share) => TopicCatalog.Find(kb, share.PolicyId, share.TopicId)?.Title ?? share.TopicId;
}
