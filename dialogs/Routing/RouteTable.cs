using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace PolicyBot.Dialogs.Routing;

/// <summary>
/// What the features register at start-up: message routes, card button verbs, search commands, the greeting.
/// A verb, search command, route name or the greeting claimed twice is refused, naming both claimants.
/// </summary>
public sealed class RouteTable
{
    private readonly List<MessageRoute> _messages = [];
    private readonly Dictionary<string, (Func<CardTurn, CancellationToken, Task<CardActionResult>> Act, string Owner)> _actions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Func<MessagingExtensionQuery, CancellationToken, Task<MessagingExtensionResponse>> Search, string Owner)> _searches = new(StringComparer.Ordinal);
    private readonly List<Func<MessageTurn, CancellationToken, Task>> _observers = [];

    internal RouteTable()
    {
    }

    /// <summary>The feature registering now, named in the message when two claim the same thing.</summary>
    internal string Owner { get; set; } = string.Empty;

    internal IReadOnlyList<MessageRoute> Messages => _messages;

    internal MessageRoute? Fallback { get; private set; }

    internal (Func<MessageTurn, CancellationToken, Task<IMessageActivity>> Welcome, string Owner)? Greeting { get; private set; }

    internal IReadOnlyDictionary<string, (Func<CardTurn, CancellationToken, Task<CardActionResult>> Act, string Owner)> Actions => _actions;

    internal IReadOnlyDictionary<string, (Func<MessagingExtensionQuery, CancellationToken, Task<MessagingExtensionResponse>> Search, string Owner)> Searches => _searches;

    internal IReadOnlyList<Func<MessageTurn, CancellationToken, Task>> Observers => _observers;

    /// <summary>Messages <paramref name="recognizes"/> picks out, answered by <paramref name="respond"/>.</summary>
    public RouteTable Message(string name, MessageRouteKind kind, Func<string, bool> recognizes, Func<MessageTurn, CancellationToken, Task<IMessageActivity>> respond)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (_messages.FirstOrDefault(route => route.Name == name) is { } taken)
        {
            throw Claimed($"the message route '{name}'", taken.Owner);
        }

        _messages.Add(new MessageRoute(name, kind, recognizes, respond, Owner));
        return this;
    }

    /// <summary>Every message no other route recognises: the questions.</summary>
    public RouteTable Otherwise(string name, Func<MessageTurn, CancellationToken, Task<IMessageActivity>> respond)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (Fallback is not null)
        {
            throw Claimed("the messages no other route recognises", Fallback.Owner);
        }

        Fallback = new MessageRoute(name, MessageRouteKind.Intent, _ => true, respond, Owner);
        return this;
    }

    /// <summary>The card buttons with this verb (Action.Execute), or this "action" in their data (Action.Submit).</summary>
    public RouteTable CardAction(string verb, Func<CardTurn, CancellationToken, Task<CardActionResult>> act)
    {
        ArgumentException.ThrowIfNullOrEmpty(verb);
        if (_actions.TryGetValue(verb, out var taken))
        {
            throw Claimed($"the card action verb '{verb}'", taken.Owner);
        }

        _actions[verb] = (act, Owner);
        return this;
    }

    /// <summary>The greeting the bot sends when it is added to a chat or team.</summary>
    public RouteTable Welcome(Func<MessageTurn, CancellationToken, Task<IMessageActivity>> welcome)
    {
        if (Greeting is { } taken)
        {
            throw Claimed("the greeting", taken.Owner);
        }

        Greeting = (welcome, Owner);
        return this;
    }

    /// <summary>A search message extension command, by the manifest's command id.</summary>
    public RouteTable Search(string commandId, Func<MessagingExtensionQuery, CancellationToken, Task<MessagingExtensionResponse>> search)
    {
        ArgumentException.ThrowIfNullOrEmpty(commandId);
        if (_searches.TryGetValue(commandId, out var taken))
        {
            throw Claimed($"the search command '{commandId}'", taken.Owner);
        }

        _searches[commandId] = (search, Owner);
        return this;
    }

    /// <summary>Sees every message before it is routed, whichever route answers it.</summary>
    public RouteTable EveryMessage(Func<MessageTurn, CancellationToken, Task> observe)
    {
        _observers.Add(observe);
        return this;
    }

    private InvalidOperationException Claimed(string what, string first) =>
        new($"Two routes claim {what}: {first} and {Owner}. Each may have one owner; remove one of the registrations.");
}
