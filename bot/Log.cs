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
}
