using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace PolicyBot.Dialogs.Routing;

/// <summary>
/// Sends each turn to the feature that registered for it: a message to the one route that recognises it (a
/// command before an intent; the questions route when none does), a card button to the owner of its verb.
/// Built once at start-up from every <see cref="ITurnRoutes"/>, so a verb claimed twice stops the bot starting.
/// </summary>
public sealed class TurnRouter
{
    private const string UnknownButton = "That button didn't carry what I need. Please ask your question again.";

    private readonly RouteTable _table = new();
    private readonly ILogger<TurnRouter> _logger;

    public TurnRouter(IEnumerable<ITurnRoutes> features, ILogger<TurnRouter> logger)
    {
        ArgumentNullException.ThrowIfNull(features);
        _logger = logger;
        foreach (var feature in features)
        {
            _table.Owner = feature.GetType().Name;
            feature.Register(_table);
        }

        if (_table.Fallback is null || _table.Greeting is null)
        {
            throw new InvalidOperationException("No feature registered the questions route and the greeting; the Answers feature does (AddPolicyDialogs).");
        }
    }

    /// <summary>The name of the route that answers <paramref name="text"/>.</summary>
    public string Recognize(string text) => Select(text ?? string.Empty).Name;

    /// <summary>The reply to a message, from the route that recognises it.</summary>
    public async Task<IMessageActivity> RespondAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        foreach (var observe in _table.Observers)
        {
            await observe(turn, cancellationToken).ConfigureAwait(false);
        }

        return await Select(turn.Text).RespondAsync(turn, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What a card button does; a button with no verb, or one nobody registered, gets an error card.</summary>
    public Task<CardActionResult> ActAsync(CardTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return _table.Actions.TryGetValue(turn.Verb, out var route)
            ? route.Act(turn, cancellationToken)
            : Task.FromResult(CardActionResult.Error(UnknownButton));
    }

    /// <summary>The button's verb: the invoke's, or for an Action.Submit the "action" its data carries; empty when neither.</summary>
    public static string VerbOf(string? verb, JToken? data) =>
        verb ?? ((data as JObject)?["action"] is { Type: JTokenType.String } action ? action.Value<string>()! : string.Empty);

    public Task<IMessageActivity> WelcomeAsync(MessageTurn turn, CancellationToken cancellationToken) =>
        _table.Greeting!.Value.Welcome(turn, cancellationToken);

    /// <summary>A search from the compose box; a command nobody registered finds nothing.</summary>
    public Task<MessagingExtensionResponse> SearchAsync(MessagingExtensionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.CommandId is { } id && _table.Searches.TryGetValue(id, out var route)
            ? route.Search(query, cancellationToken)
            : Task.FromResult(new MessagingExtensionResponse
            {
                ComposeExtension = new MessagingExtensionResult { Type = "result", AttachmentLayout = AttachmentLayoutTypes.List, Attachments = [] },
            });
    }

    private MessageRoute Select(string text)
    {
        var matches = _table.Messages.Where(route => route.Recognizes(text)).ToList();
        var commands = matches.Where(route => route.Kind == MessageRouteKind.Command).ToList();
        var winners = commands.Count > 0 ? commands : matches;
        if (winners.Count > 1)
        {
            // Two routes reading one message the same way is a fault in their patterns (the routing table test
            // guards against it); answering it as a question is the reply that depends on neither.
            Log.RouteAmbiguous(_logger, winners[0].Name, winners[1].Name);
            return _table.Fallback!;
        }

        return winners.Count == 1 ? winners[0] : _table.Fallback!;
    }
}
