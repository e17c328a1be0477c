using Microsoft.Bot.Builder;

namespace PolicyBot.Dialogs.Routing;

/// <summary>A message to answer: the turn, its text without the bot's @mention, and who sent it.</summary>
public sealed record MessageTurn(ITurnContext Context, string Text, Speaker Who);
