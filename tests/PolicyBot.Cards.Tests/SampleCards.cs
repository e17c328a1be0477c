using System.Text.Json.Nodes;

namespace PolicyBot.Cards.Tests;

/// <summary>Every card template bound to realistic data, including the longest texts the bot produces.</summary>
internal static class SampleCards
{
    private const string LongQuote = "Corrections employees can use social media tools freely in their personal lives and time, but should remember that they cannot comment on Corrections related matters, whether they relate to their role within Corrections or not, without specific authorisation. This excludes 'liking', 'sharing', 're-tweeting' or other promotion of content published to Corrections authorised social media platforms.";

    public static AnswerCardData Answer => new(
        "can I retweet corrections' tweets?",
        "Social Media Policy",
        "The Social Media Policy says, under \"Don't comment on Corrections matters\": \u201cThis excludes 'liking', 'sharing', 're-tweeting' or other promotion of content published to Corrections authorised social media platforms.\u201d",
        [
            new CitationCardData(1, "Social Media Policy > Policy principles and standards > Standards > Don't comment on Corrections matters", LongQuote, "social-media-policy", "policy-principles-and-standards/standards/dont-comment-on-corrections-matters"),
            new CitationCardData(2, "Social Media Policy > Policy principles and standards > Staff access to social media at work", "Authorised Corrections social media platforms include the Corrections' Facebook page, Twitter account and Youtube channel.", "social-media-policy", "policy-principles-and-standards/staff-access-to-social-media-at-work"),
            new CitationCardData(3, "Social Media Policy > Document details", "Owner: National Manager Communications, Corporate Services", "social-media-policy", "document-details"),
        ],
        null,
        "communications-team",
        "The Social Media Policy was due for review in July 2017; check with its owner that this is still current.",
        "fallback");

    public static HandoffCardData Handoff => new(
        "communications-team",
        "Communications team",
        "socialmedia@corrections.govt.nz",
        "Questions about Corrections' own use of social media, or authorisation to comment on Corrections matters, go to the Communications team.",
        "Staff with questions about Corrections' use of social media should email socialmedia@corrections.govt.nz or contact the Communications team.",
        "Can I speak to a reporter about my job?");

    public static IReadOnlyDictionary<string, JsonObject> All => new Dictionary<string, JsonObject>
    {
        ["answer"] = PolicyCards.Answer(Answer),
        ["answer-after-feedback"] = PolicyCards.Answer(Answer with { FeedbackThanks = "Thanks, glad it helped." }),
        ["answer-not-covered"] = PolicyCards.Answer(Answer with { Heading = "Not covered by the policy", Answer = "I couldn't find this in the Social Media Policy, so I won't guess.", Citations = [], Handoff = Handoff, ReviewNote = null }),
        ["welcome-personal"] = PolicyCards.Welcome(new WelcomeCardData("the Social Media Policy", [new("Can I share Corrections' Facebook posts?"), new("Who owns this policy?")], InChannel: false)),
        ["welcome-channel"] = PolicyCards.Welcome(new WelcomeCardData("the Social Media Policy", [new("Can I share Corrections' Facebook posts?")], InChannel: true)),
        ["section"] = PolicyCards.Section(new SectionCardData("Social Media Policy", "Policy principles and standards > Standards > Be safe", [new("- " + LongQuote), new("- Even social media sites with restricted privacy settings are in effect public.")], [], null, "Past review.")),
        ["section-table"] = PolicyCards.Section(new SectionCardData("Social Media Policy", "Requirements and responsibilities", [], [new("Managers", "Ensure new and existing staff in their teams are made aware of this policy.")], null, null)),
        ["handoff"] = PolicyCards.Handoff(Handoff),
        ["handoff-no-email"] = PolicyCards.Handoff(Handoff with { Contact = string.Empty, Name = "your manager" }),
        ["notice"] = PolicyCards.Notice(new NoticeCardData("Sorry, that didn't work", "Please ask again.", "Attention")),
    };
}
