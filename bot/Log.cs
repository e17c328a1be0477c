namespace PolicyBot.Bot;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Error, "Unhandled error in a {ActivityType} turn")]
    public static partial void TurnFailed(ILogger logger, string activityType, Exception exception);

    [LoggerMessage(2, LogLevel.Warning, "Rejected a request to /api/messages: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string reason);

    [LoggerMessage(3, LogLevel.Warning, "Could not apologise after a failed turn")]
    public static partial void ApologyFailed(ILogger logger, Exception exception);

    [LoggerMessage(4, LogLevel.Information, "Replied to a message in a {ConversationType} conversation")]
    public static partial void Replied(ILogger logger, string conversationType);

    [LoggerMessage(5, LogLevel.Information, "A {ActivityType} activity was delivered again ({State}); not answered twice")]
    public static partial void Redelivered(ILogger logger, string activityType, string state);

    [LoggerMessage(6, LogLevel.Warning, "Could not reach the turn ledger; answering without checking for a redelivery")]
    public static partial void LedgerUnavailable(ILogger logger, Exception exception);
}
