using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Dialogs.Versions;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Retrieval;
using PolicyBot.Knowledge.Versions.Approved;

namespace PolicyBot.Dialogs.ApprovedAnswers;

/// <summary>
/// "Save as an approved answer" on an answered ticket: a form with the question, the answer and the clause it
/// interprets (the sections the bot cites for the question first), saved as the team's approved answer.
/// Only members of the team the ticket was sent to can save one.
/// </summary>
public sealed class ApprovedAnswerDesk(KnowledgeProvider knowledge, PolicyVersions versions, IEscalationStore tickets, ConversationReferenceStore references, ApprovedAnswerStore store, TimeProvider time)
{
    public const string Start = "approved.start";
    public const string Save = "approved.save";

    private const int MaxQuestion = 1000;
    private const int MaxAnswer = 3000;

    public async Task<CardActionResult> ActAsync(CardTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var data = turn.Values;
        var id = data?["escalationId"]?.Type is JTokenType.Integer or JTokenType.String && long.TryParse(data["escalationId"]!.ToString(), out var parsed) ? parsed : 0;
        var ticket = id > 0 ? await tickets.GetAsync(id, cancellationToken).ConfigureAwait(false) : null;
        if (ticket?.Answer is null || EscalationQueues.QueueOf(ticket.Destination) is not { } queue)
        {
            return CardActionResult.Error("I can't find an answered ticket to save.");
        }

        if (!await InTicketsTeamAsync(turn, queue, cancellationToken).ConfigureAwait(false))
        {
            return CardActionResult.Error("Only the team this ticket was sent to can approve its answer.");
        }

        var kb = await knowledge.GetAsync(cancellationToken).ConfigureAwait(false);
        var team = kb.Routing.Get(ticket.Route).Name;
        if (turn.Verb == Start)
        {
            return new CardActionResult(null, Form(kb, ticket, team, ticket.Question, ticket.Answer, null, null), $"Save the answer to {ticket.Reference} as an approved answer.");
        }

        var question = Text(data!, "question", MaxQuestion);
        var answer = Text(data!, "answer", MaxAnswer);
        var clause = data!["clause"]?.Type == JTokenType.String ? data.Value<string>("clause")!.Split('#', 2) : [];
        var catalog = await versions.CatalogAsync(kb, cancellationToken).ConfigureAwait(false);
        var version = clause.Length == 2 ? catalog.Current(clause[0]) : null;
        var section = clause.Length == 2 ? version?.FindSection(clause[1]) : null;
        if (question is null || answer is null || version is null || section is not { HasText: true })
        {
            var notice = question is null || answer is null ? "Type the question and the answer (up to 1,000 and 3,000 characters)." : "Choose the part of the policy the answer interprets.";
            return new CardActionResult(Form(kb, ticket, team, question ?? ticket.Question, answer ?? ticket.Answer, data.Value<string>("clause"), notice), null, notice);
        }

        var who = turn.Who;
        var saved = await store.AddAsync(
            new ApprovedAnswer(string.Empty, question, answer, ClauseReference.In(version, section.Id), new Approval(who.UserId, who.UserName, team, time.GetUtcNow())),
            ticket.Reference,
            cancellationToken).ConfigureAwait(false);
        var done = $"Saved as approved answer {saved.Id}. Staff who ask this again will see it labelled as the {team}'s, beside \u201c{section.Title}\u201d. "
            + $"It expires and comes back to you if that part of the policy changes. To withdraw it, say \"@PolicyBot retire approved answer {saved.Id}\" here.";
        return new CardActionResult(PolicyCards.Notice(new NoticeCardData("Approved answer saved", done, "Good")), null, done);
    }

    private static System.Text.Json.Nodes.JsonObject Form(PolicyKnowledgeBase kb, Escalation ticket, string team, string question, string answer, string? chosen, string? notice)
    {
        var choices = Clauses(kb, ticket.Question);
        return PolicyCards.ApproveAnswer(new ApproveAnswerCardData(ticket.Id, ticket.Reference, team, question, answer, choices, chosen ?? choices[0].Id, notice));
    }

    // The sections the bot cites for the question come first: the answer most likely interprets one of them.
    private static List<ChoiceCardData> Clauses(PolicyKnowledgeBase kb, string question)
    {
        var details = Slug.Of(PassageBuilder.DocumentDetails);
        var several = kb.Documents.Count > 1;
        var cited = kb.Ask(question).Citations.Select(c => (c.PolicyId, c.SectionId));
        var all = kb.Documents.SelectMany(d => d.AllSections().Where(s => s.Blocks.Count > 0).Select(s => (PolicyId: d.Id, SectionId: s.Id)));
        return cited.Concat(all)
            .Where(c => c.SectionId != details)
            .Distinct()
            .Select(c => (c, Section: kb.FindSection(c.PolicyId, c.SectionId), Policy: kb.FindPolicy(c.PolicyId)))
            .Where(c => c.Section is not null)
            .Select(c => new ChoiceCardData($"{c.c.PolicyId}#{c.c.SectionId}", several ? $"{c.Policy!.Title} > {c.Section!.Path}" : c.Section!.Path))
            .ToList();
    }

    // As for the ticket's own buttons: the click must come from the team the ticket's queue is registered to, from a member of it.
    private async Task<bool> InTicketsTeamAsync(CardTurn turn, string queue, CancellationToken cancellationToken)
    {
        var channelTeam = turn.Context.Activity.GetChannelData<TeamsChannelData>()?.Team?.Id;
        var teamId = await references.GetAsync(EscalationQueues.TeamKey(queue), cancellationToken).ConfigureAwait(false);
        return teamId is not null && channelTeam == teamId && turn.Who.ConversationType == "channel"
            && await EscalationTurns.IsTeamMemberAsync(turn.Context, turn.Who, teamId, cancellationToken).ConfigureAwait(false);
    }

    private static string? Text(JObject data, string key, int max) =>
        data[key]?.Type == JTokenType.String && data.Value<string>(key)!.Trim() is { Length: > 0 } text && text.Length <= max ? text : null;
}
