namespace PolicyBot.Bot;

// Values the sender set (activity types, conversation types) go through Dialogs.LogValue.Of: bounded, no control characters.
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Error, "Unhandled error in a {ActivityType} turn")]
    public static partial void TurnFailed(ILogger logger, string activityType, Exception exception);

    [LoggerMessage(2, LogLevel.Warning, "Rejected a request to /api/messages: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string reason);

    [LoggerMessage(3, LogLevel.Warning, "Could not apologise after a failed turn (Teams answered {Status}, {ExceptionType})")]
    public static partial void ApologyFailed(ILogger logger, int status, string exceptionType);

    [LoggerMessage(4, LogLevel.Information, "Replied to a message in a {ConversationType} conversation")]
    public static partial void Replied(ILogger logger, string conversationType);

    [LoggerMessage(5, LogLevel.Information, "A {ActivityType} activity was delivered again ({State}); not answered twice")]
    public static partial void Redelivered(ILogger logger, string activityType, string state);

    [LoggerMessage(12, LogLevel.Warning, "Could not reach the turn ledger; answering without checking for a redelivery")]
    public static partial void LedgerUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(6, LogLevel.Warning, "Refused a request to /api/messages: {Problem}")]
    public static partial void BadRequest(ILogger logger, string problem);

    [LoggerMessage(7, LogLevel.Warning, "A {ActivityType} activity carried values the bot cannot use ({ExceptionType}); answered 400")]
    public static partial void MalformedActivity(ILogger logger, string activityType, string exceptionType);

    [LoggerMessage(8, LogLevel.Warning, "A {ActivityType} turn could not reach Teams (status {Status}, {ExceptionType})")]
    public static partial void ConnectorFailed(ILogger logger, string activityType, int status, string exceptionType);

    [LoggerMessage(9, LogLevel.Debug, "A {ActivityType} turn was abandoned by the caller")]
    public static partial void TurnAborted(ILogger logger, string activityType);

    [LoggerMessage(10, LogLevel.Warning, "Could not fetch the Bot Framework's signing keys ({ExceptionType}); trying again in {Seconds} s")]
    public static partial void SigningKeysUnavailable(ILogger logger, double seconds, string exceptionType);

    [LoggerMessage(11, LogLevel.Warning, "No token can be checked just now ({Reason}); answered 503")]
    public static partial void AuthenticationUnavailable(ILogger logger, string reason);
}
