using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Versions;

namespace PolicyBot.Dialogs.Versions;

/// <summary>"What changed in the social media policy?": the changed sections, old and new wording, cited to the version.</summary>
public sealed class VersionTurns(KnowledgeProvider knowledge, PolicyVersions versions) : ITurnRoutes
{
    public void Register(RouteTable routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.Message("versions.whatChanged", MessageRouteKind.Intent, text => WhatChangedIntent.Read(text, Policies()) is not null, WhatChangedAsync);
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

    // Recognising runs on every message: before the policies are loaded, only "the policy" in so many words counts.
    private IReadOnlyList<PolicyDocument> Policies() =>
        knowledge.IsReady ? knowledge.GetAsync(CancellationToken.None).GetAwaiter().GetResult().Documents : [];
}
