using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Versions;

namespace PolicyBot.Dialogs.Versions;

/// <summary>
/// "What changed in the social media policy?": the changed sections, old and new wording, cited to the version.
/// And, in the Communications team's channel, "no re-acknowledgement for the social media policy version 2".
/// </summary>
internal sealed partial class VersionTurns(KnowledgeProvider knowledge, PolicyVersions versions, PolicyVersionStore store, ChannelRegistration channels, TimeProvider time) : ITurnRoutes
{
    public const string WaiveNotHere = "Versions are marked as needing no re-acknowledgement in the Communications team's registered channel.";

    public void Register(RouteTable routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Message("versions.whatChanged", MessageRouteKind.Intent, text => WhatChangedIntent.Read(text, Policies()) is not null, WhatChangedAsync)
            .Message("versions.waive", MessageRouteKind.Command, text => Waive().IsMatch(text), WaiveAsync);
    }

    // An editorial change the diff reads as substantive ("the" added, a sentence reordered): the Communications
    // team says readers of earlier versions need not acknowledge again. Recorded with who said so and when.
    private async Task<IMessageActivity> WaiveAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        if (!await channels.IsReportsChannelAsync(turn.Context.Activity.Conversation?.Id, cancellationToken).ConfigureAwait(false))
        {
            return MessageFactory.Text(WaiveNotHere);
        }

        var match = Waive().Match(turn.Text);
        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        var named = match.Groups["policy"].Value;
        var policy = kb.Documents.FirstOrDefault(d => Slug.Of(d.Title).Contains(Slug.Of(named), StringComparison.Ordinal) || d.Id == named);
        var number = int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture);
        var version = policy is null ? null : (await versions.CatalogAsync(kb, cancellationToken).ConfigureAwait(false)).History(policy.Id).Find(number);
        if (policy is null || version is null || number == 1)
        {
            return MessageFactory.Text($"I don't have a version {number} of \"{named}\" that changed an earlier one. Ask \"what changed in the ... policy?\" to see its versions.");
        }

        await store.WaiveAsync(new ReacknowledgementWaiver(policy.Id, number, turn.Who.UserId, turn.Who.UserName, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return MessageFactory.Text($"Done: readers of earlier versions of the {policy.Title} don't need to acknowledge {version.Label} again. Shared cards count their reading as current.");
    }

    private async Task<IMessageActivity> WhatChangedAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        var question = WhatChangedIntent.Read(turn.Text, kb.Documents) ?? new WhatChangedQuestion(null);
        var catalog = await versions.CatalogAsync(kb, cancellationToken).ConfigureAwait(false);
        var policyId = question.PolicyId ?? Unnamed(kb, catalog);
        if (policyId is null)
        {
            return MessageFactory.Text($"Which policy? I know {string.Join(" and ", kb.Documents.Select(d => "the " + d.Title))}. Ask, for example, \"what changed in the {kb.Documents[0].Title}?\"");
        }

        var history = catalog.History(policyId);
        if (history.Latest is null)
        {
            return MessageFactory.Text("I haven't kept a version of that policy yet. Please ask again in a minute.");
        }

        var answer = WhatChangedComposer.Answer(history, question with { PolicyId = policyId });
        return answer.From is null
            ? MessageFactory.Text(answer.Summary)
            : Replies.Card(PolicyCards.WhatChanged(WhatChangedCards.ToCard(answer)), answer.Summary);
    }

    // With one policy, that one; with several, the only one that has changed; otherwise the question must say.
    private static string? Unnamed(PolicyKnowledgeBase kb, VersionCatalog catalog)
    {
        if (kb.Documents.Count == 1)
        {
            return kb.Documents[0].Id;
        }

        var changed = kb.Documents.Where(d => catalog.History(d.Id).HasEarlierVersions).ToList();
        return changed.Count == 1 ? changed[0].Id : null;
    }

    [GeneratedRegex(@"^\s*no\s+re-?acknowledge?ments?\s+(?:is\s+)?(?:needed\s+)?for\s+(?:the\s+)?(?<policy>.+?)\s+version\s+(?<version>\d{1,4})\s*[.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Waive();

    // Recognising runs on every message: before the policies are loaded, only "the policy" in so many words counts.
    private IReadOnlyList<PolicyDocument> Policies() =>
        knowledge.IsReady ? knowledge.GetAsync(CancellationToken.None).GetAwaiter().GetResult().Documents : [];
}
