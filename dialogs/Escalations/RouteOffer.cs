using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>The route a question is offered to, where it would go, and the route it stands in for, if any.</summary>
/// <param name="Route">The route offered.</param>
/// <param name="Destination">"channel:queue", "mail:address" or "manager"; null when no route can take questions.</param>
/// <param name="InsteadOf">The route asked for, when it has nowhere to deliver and this one is offered instead.</param>
internal sealed record RouteOffer(Handoff Route, string? Destination, Handoff? InsteadOf);
