using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace PolicyBot.Bot.Adapter;

/// <summary>The SDK's CloudAdapter with PolicyBot's one turn error handler.</summary>
internal sealed class PolicyBotAdapter : CloudAdapter
{
    private const string Apology = "Sorry, something went wrong on my side and I couldn't finish that. Please try again in a moment.";

    public PolicyBotAdapter(BotFrameworkAuthentication authentication, ILogger<PolicyBotAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            // Log the details for us; tell the person only that it failed, never why.
            Log.TurnFailed(logger, turnContext.Activity.Type, exception);
            try
            {
                await turnContext.SendActivityAsync(Apology).ConfigureAwait(false);
            }
            catch (Exception sendFailure) when (sendFailure is HttpRequestException or OperationCanceledException or Microsoft.Rest.HttpOperationException)
            {
                Log.ApologyFailed(logger, sendFailure);
            }
        };
    }
}
