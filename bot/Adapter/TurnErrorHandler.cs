using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace PolicyBot.Bot.Adapter;

/// <summary>
/// PolicyBot's one turn error handler: logs, apologises when it is ours to apologise for and the apology can get
/// through, and never lets an exception out, so no turn ends in an unhandled 500.
/// </summary>
/// <remarks>
/// A message's activity is answered 200 whatever became of its reply: its effects (a stored question, an
/// escalation) have happened, and a channel that redelivered it would repeat them. An invoke's answer is the
/// HTTP response itself, so it says what went wrong: 400 for the sender's values, 502 when Teams could not be
/// reached, with the error body Universal Actions document for adaptiveCard/action.
/// </remarks>
internal static class TurnErrorHandler
{
    public const string Apology = "Sorry, something went wrong on my side and I couldn't finish that. Please try again in a moment.";

    private const string AdaptiveCardAction = "adaptiveCard/action";
    private const string ErrorType = "application/vnd.microsoft.error";

    public static async Task HandleAsync(ITurnContext turnContext, Exception exception, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        var activity = turnContext.Activity;
        var activityType = Dialogs.LogValue.Of(activity.Type);
        switch (TurnFailure.Classify(exception))
        {
            case TurnFailureKind.Malformed:
                Log.MalformedActivity(logger, activityType, exception.GetType().Name);
                throw new MalformedActivityException("The activity carried values the bot cannot use.", exception);
            case TurnFailureKind.Aborted:
                Log.TurnAborted(logger, activityType);
                return;
            case TurnFailureKind.Connector:
                Log.ConnectorFailed(logger, activityType, TurnFailure.ConnectorStatus(exception) ?? 0, exception.GetType().Name);
                if (TurnFailure.TooBig(exception))
                {
                    await TryApologiseAsync(turnContext, logger).ConfigureAwait(false);
                }

                await AnswerInvokeAsync(turnContext, StatusCodes.Status502BadGateway, "Teams could not be reached to finish that. Please try again in a moment.", logger).ConfigureAwait(false);
                return;
            default:
                // Log the details for us; tell the person only that it failed, never why.
                Log.TurnFailed(logger, activityType, exception);
                if (activity.Type != ActivityTypes.Invoke)
                {
                    await TryApologiseAsync(turnContext, logger).ConfigureAwait(false);
                }

                await AnswerInvokeAsync(turnContext, StatusCodes.Status500InternalServerError, Apology, logger).ConfigureAwait(false);
                return;
        }
    }

    /// <summary>The invoke response a malformed invoke is refused with: the documented error body for card actions, else none.</summary>
    public static object? MalformedBody(Activity? activity) => ErrorBody(activity, StatusCodes.Status400BadRequest, "That button or request carried values I can't use.");

    private static async Task TryApologiseAsync(ITurnContext turnContext, ILogger logger)
    {
        try
        {
            await turnContext.SendActivityAsync(Apology).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            // Best effort: when even the apology cannot be sent there is no one left to tell, and an exception
            // escaping the error handler would answer the request 500.
            Log.ApologyFailed(logger, TurnFailure.ConnectorStatus(failure) ?? 0, failure.GetType().Name);
        }
    }

    private static async Task AnswerInvokeAsync(ITurnContext turnContext, int status, string message, ILogger logger)
    {
        if (turnContext.Activity.Type != ActivityTypes.Invoke || turnContext.TurnState.ContainsKey(BotAdapter.InvokeResponseKey))
        {
            return;
        }

        var response = new InvokeResponse { Status = status, Body = ErrorBody(turnContext.Activity, status, message) };
        try
        {
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypesEx.InvokeResponse, Value = response }).ConfigureAwait(false);
        }
        catch (InvalidOperationException failure)
        {
            Log.ApologyFailed(logger, 0, failure.GetType().Name);
        }
    }

    private static AdaptiveCardInvokeResponse? ErrorBody(Activity? activity, int status, string message) =>
        activity?.Type == ActivityTypes.Invoke && activity.Name == AdaptiveCardAction
            ? new AdaptiveCardInvokeResponse { StatusCode = status, Type = ErrorType, Value = new Error(status.ToString(System.Globalization.CultureInfo.InvariantCulture), message) }
            : null;
}
