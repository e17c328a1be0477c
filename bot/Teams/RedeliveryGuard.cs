using System.Data.Common;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.Bot.Teams;

/// <summary>
/// Takes each message and invoke once, whichever instance Teams delivers it to and however often: a redelivered
/// message gets no second answer, a redelivered click no second card or feedback row, and gets the invoke response
/// the first delivery gave. The turn is recorded in the shared database before it runs and marked done after.
/// </summary>
internal sealed class RedeliveryGuard(TurnLedger ledger, ILogger<RedeliveryGuard> logger)
{
    private const string UnderWay = "Working on it: I'm still answering the first time you asked.";

    public async Task RunOnceAsync(ITurnContext turnContext, Func<Task> turn, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var key = activity.Type is ActivityTypes.Message or ActivityTypes.Invoke && !string.IsNullOrEmpty(activity.Id) && !string.IsNullOrEmpty(activity.Conversation?.Id)
            ? $"{activity.Conversation.Id}|{activity.Id}"
            : null;
        if (key is null)
        {
            await turn().ConfigureAwait(false);
            return;
        }

        TurnEntry entry;
        try
        {
            entry = await ledger.BeginAsync(key, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException failure)
        {
            // Answering matters more than answering once: without the database the turn runs unguarded.
            Log.LedgerUnavailable(logger, failure);
            await turn().ConfigureAwait(false);
            return;
        }

        if (entry.State != TurnState.Yours)
        {
            Log.Redelivered(logger, activity.Type, entry.State.ToString());
            if (activity.Type == ActivityTypes.Invoke)
            {
                await RespondAgainAsync(turnContext, entry, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        try
        {
            await turn().ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await ledger.AbandonAsync(key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        var response = turnContext.TurnState.Get<Activity>(BotAdapter.InvokeResponseKey)?.Value as InvokeResponse;
        await ledger.CompleteAsync(key, response is null ? null : JsonConvert.SerializeObject(response), CancellationToken.None).ConfigureAwait(false);
    }

    private static Task<ResourceResponse> RespondAgainAsync(ITurnContext turnContext, TurnEntry entry, CancellationToken cancellationToken)
    {
        var response = entry.Response is { } json
            ? JsonConvert.DeserializeObject<InvokeResponse>(json)!
            : new InvokeResponse
            {
                Status = 200,
                Body = new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.activity.message", Value = UnderWay },
            };
        return turnContext.SendActivityAsync(new Activity { Type = ActivityTypesEx.InvokeResponse, Value = response }, cancellationToken);
    }
}
