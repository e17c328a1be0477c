using PolicyBot.Cards;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Topics;

namespace PolicyBot.Dialogs.Sharing;

/// <summary>Turns policy topics into topic card data.</summary>
public static class TopicCards
{
    /// <summary>A topic as found by search or asked for in chat, with "Share to a channel".</summary>
    public static TopicCardData ToCard(PolicyKnowledgeBase knowledge, PolicyTopic topic, bool canShare = true)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(topic);
        var reviewNote = knowledge.ReviewNote(topic.PolicyId);
        var kicker = $"{topic.PolicyTitle} \u00B7 {(reviewNote is null ? "current" : "review overdue")}";
        return new TopicCardData(
            topic.PolicyId,
            topic.TopicId,
            kicker,
            topic.Title,
            topic.Intro,
            topic.Points.Select(p => new TopicPointCardData(p.Title, p.Text)).ToList(),
            reviewNote,
            null,
            !topic.IsGlance,
            canShare,
            null);
    }

    /// <summary>The review status in a few words, for a search result's preview.</summary>
    public static string Status(PolicyKnowledgeBase knowledge, PolicyTopic topic)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(topic);
        var next = knowledge.FindPolicy(topic.PolicyId)?.Metadata.NextReviewDate;
        return knowledge.ReviewNote(topic.PolicyId) is null ? topic.PolicyTitle : $"{topic.PolicyTitle} \u00B7 review was due {next}";
    }
}
