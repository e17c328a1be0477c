using PolicyBot.Dialogs.Routing;
namespace PolicyBot.Dialogs.Escalations;

/// <summary>A submitted confirmation card: what to ask, of whom, and whether to withhold the name.</summary>
/// <param name="SourceKey">The conversation and activity id of the submit, so a redelivery is recognised.</param>
/// <param name="Route">The routing.json route id the person chose.</param>
/// <param name="Question">The question as the person edited it, context included.</param>
/// <param name="Confidential">True to keep the requester's name off the ticket and the email.</param>
/// <param name="Requester">Who asked.</param>
/// <param name="Policy">The policy the question is about as the form carries it: an id, "none", or empty when unknown.</param>
public sealed record EscalationRequest(string SourceKey, string Route, string Question, bool Confidential, Speaker Requester, string Policy = "");
