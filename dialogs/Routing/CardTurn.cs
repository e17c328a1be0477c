using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace PolicyBot.Dialogs.Routing;

/// <summary>A card button pressed: the turn, the button's verb (or the "action" its data names), its data, and who pressed it.</summary>
public sealed record CardTurn(ITurnContext Context, string Verb, JToken? Data, Speaker Who)
{
    /// <summary>The data as an object, or null when the button carried none or something else.</summary>
    public JObject? Values => Data as JObject;
}
