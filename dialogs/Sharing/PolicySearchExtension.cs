using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Topics;

namespace PolicyBot.Dialogs.Sharing;

/// <summary>
/// The search message extension: from any compose box, search the policy and insert a topic card. Opening it
/// (initialRun) lists the main topics; each result carries the thumbnail preview Teams shows in the list.
/// </summary>
internal sealed class PolicySearchExtension(KnowledgeProvider knowledge) : ITurnRoutes
{
    /// <summary>The manifest's command id.</summary>
    public const string CommandId = "searchPolicy";

    private const int DefaultCount = 10;
    private const int MaxCount = 25;

    // Past the first few, search matches are single stray words: a short list is easier to pick from.
    private const int MaxSearchResults = 8;

    public void Register(RouteTable routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Search(CommandId, QueryAsync);
    }

    private async Task<MessagingExtensionResponse> QueryAsync(MessagingExtensionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        var count = Math.Clamp(query.QueryOptions?.Count ?? DefaultCount, 1, MaxCount);
        var text = SearchText(query);
        var topics = text is null ? TopicCatalog.Main(kb, count) : TopicCatalog.Search(kb, text, Math.Min(count, MaxSearchResults));
        return new MessagingExtensionResponse
        {
            ComposeExtension = new MessagingExtensionResult
            {
                Type = "result",
                AttachmentLayout = AttachmentLayoutTypes.List,
                Attachments = topics.Select(topic => Result(kb, topic)).ToList(),
            },
        };
    }

    /// <summary>The words searched for; null when the extension was just opened or nothing is typed yet.</summary>
    private static string? SearchText(MessagingExtensionQuery query)
    {
        var parameter = query.Parameters?.FirstOrDefault(p => p?.Name == "query");
        var text = parameter?.Value?.ToString()?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static MessagingExtensionAttachment Result(PolicyKnowledgeBase kb, PolicyTopic topic)
    {
        var card = PolicyCards.Topic(TopicCards.ToCard(kb, topic));
        var first = topic.Intro ?? (topic.Points.Count > 0 ? topic.Points[0].Text : string.Empty);
        return new MessagingExtensionAttachment
        {
            ContentType = PolicyCards.ContentType,
            Content = JObject.Parse(card.ToJsonString()),
            Preview = new ThumbnailCard { Title = topic.Title, Subtitle = TopicCards.Status(kb, topic), Text = Sentences.First(first) }.ToAttachment(),
        };
    }
}
