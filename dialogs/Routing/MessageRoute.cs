using Microsoft.Bot.Schema;

namespace PolicyBot.Dialogs.Routing;

/// <summary>A text intent a feature answers: its name, how it recognises a message, and its reply.</summary>
/// <param name="Name">"feature.intent", as logs and the routing table test name it.</param>
/// <param name="Kind">Command or intent.</param>
/// <param name="Recognizes">True for the messages this route answers; looks at the text only.</param>
/// <param name="RespondAsync">The reply.</param>
/// <param name="Owner">The feature that registered it.</param>
public sealed record MessageRoute(
    string Name,
    MessageRouteKind Kind,
    Func<string, bool> Recognizes,
    Func<MessageTurn, CancellationToken, Task<IMessageActivity>> RespondAsync,
    string Owner);
