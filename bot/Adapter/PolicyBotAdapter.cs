using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace PolicyBot.Bot.Adapter;

/// <summary>The SDK's CloudAdapter with PolicyBot's one turn error handler.</summary>
internal sealed class PolicyBotAdapter : CloudAdapter
{
    public PolicyBotAdapter(BotFrameworkAuthentication authentication, ILogger<PolicyBotAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = (turnContext, exception) => TurnErrorHandler.HandleAsync(turnContext, exception, logger);
    }

    /// <summary>Authenticates and runs the turn for an activity the endpoint has already read and checked.</summary>
    public Task<InvokeResponse> ProcessCheckedAsync(string authHeader, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return ProcessActivityAsync(authHeader, activity, bot.OnTurnAsync, cancellationToken);
    }
}
