using Microsoft.Extensions.Logging;
using PolicyBot.Dialogs.Infrastructure.Generation;

namespace PolicyBot.Dialogs;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Loaded {Policies} policies as {Passages} passages in {Milliseconds:F0} ms")]
    public static partial void KnowledgeLoaded(ILogger logger, int policies, int passages, double milliseconds);

    [LoggerMessage(3, LogLevel.Warning, "Knowledge folder: {Warning}")]
    public static partial void KnowledgeWarning(ILogger logger, string warning);

    [LoggerMessage(4, LogLevel.Warning, "Questions could not be added to the question log")]
    public static partial void QuestionsNotRecorded(ILogger logger, Exception exception);

    [LoggerMessage(5, LogLevel.Warning, "The question log's queue is full ({Capacity} waiting); a question was not kept")]
    public static partial void QuestionsQueueFull(ILogger logger, int capacity);

    [LoggerMessage(6, LogLevel.Warning, "Could not reload the knowledge folder after a change; the policies loaded before stay in use")]
    public static partial void ReloadFailed(ILogger logger, Exception exception);

    [LoggerMessage(2, LogLevel.Critical, "Could not load the knowledge folder {Folder}")]
    public static partial void KnowledgeFailed(ILogger logger, string folder, Exception exception);

    [LoggerMessage(20, LogLevel.Information, "Model tokens for {Purpose}: {InputTokens} in, {OutputTokens} out, {TotalTokens} total")]
    public static partial void TokensUsed(ILogger logger, string purpose, int inputTokens, int outputTokens, int totalTokens);

    [LoggerMessage(21, LogLevel.Warning, "Model call failed ({Reason}, {ExceptionType}); using the extractive answer")]
    public static partial void ModelCallFailed(ILogger logger, string reason, string exceptionType);

    [LoggerMessage(22, LogLevel.Information, "Generated answer rejected ({Reason}); using the extractive answer")]
    public static partial void AnswerRejected(ILogger logger, string reason);

    [LoggerMessage(23, LogLevel.Information, "Question screened as {Kind}; the model was not asked")]
    public static partial void QuestionScreened(ILogger logger, RequestKind kind);

    [LoggerMessage(30, LogLevel.Information, "Shared topic {TopicId} as {ShareId}")]
    public static partial void TopicShared(ILogger logger, string shareId, string topicId);

    [LoggerMessage(31, LogLevel.Information, "Reminded {Count} people about share {ShareId}")]
    public static partial void Reminded(ILogger logger, string shareId, int count);

    [LoggerMessage(32, LogLevel.Warning, "Could not update the shared card {ShareId} for everyone")]
    public static partial void ShareUpdateFailed(ILogger logger, string shareId, Exception exception);

    [LoggerMessage(40, LogLevel.Warning, "A message was recognised by both {First} and {Second}; answered it as a question")]
    public static partial void RouteAmbiguous(ILogger logger, string first, string second);

    [LoggerMessage(50, LogLevel.Information, "Applied schema migration {Version} to {Database}")]
    public static partial void SchemaMigrated(ILogger logger, int version, string database);

    [LoggerMessage(100, LogLevel.Warning, "Could not read the outbox; trying again shortly")]
    public static partial void OutboxPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(101, LogLevel.Information, "Delivered outbox message {MessageId} ({Kind}) on attempt {Attempt}")]
    public static partial void OutboxDelivered(ILogger logger, long messageId, string kind, int attempt);

    [LoggerMessage(102, LogLevel.Error, "Gave up on outbox message {MessageId} ({Kind}) after {Attempts} attempts")]
    public static partial void OutboxFailed(ILogger logger, long messageId, string kind, int attempts, Exception exception);

    [LoggerMessage(103, LogLevel.Warning, "Outbox message {MessageId} ({Kind}) failed on attempt {Attempt} with {Error}; retrying in {Seconds:F1} s")]
    public static partial void OutboxRetrying(ILogger logger, long messageId, string kind, int attempt, double seconds, string error);

    [LoggerMessage(104, LogLevel.Information, "Escalation {EscalationId} created for route {Route} to {Destination}")]
    public static partial void EscalationCreated(ILogger logger, long escalationId, string route, string destination);

    [LoggerMessage(105, LogLevel.Warning, "Refused a ticket action {Verb} from outside the registered team")]
    public static partial void TicketActionRefused(ILogger logger, string verb);

    [LoggerMessage(106, LogLevel.Warning, "Could not check for escalation reminders; trying again later")]
    public static partial void RemindersFailed(ILogger logger, Exception exception);

    [LoggerMessage(107, LogLevel.Warning, "Could not look up a manager in Microsoft Graph; giving the staff member a prepared message instead")]
    public static partial void ManagerLookupFailed(ILogger logger, Exception exception);

    [LoggerMessage(120, LogLevel.Warning, "{Listener} could not take in the loaded policies; it will try again when next asked")]
    public static partial void KnowledgeListenerFailed(ILogger logger, string listener, Exception exception);

    [LoggerMessage(121, LogLevel.Information, "Policy {PolicyId} is now version {Version}")]
    public static partial void PolicyVersionRecorded(ILogger logger, string policyId, int version);

    [LoggerMessage(122, LogLevel.Warning, "Could not read or record policy versions")]
    public static partial void VersionsUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(123, LogLevel.Information, "Approved answer {AnswerId} is now {State}")]
    public static partial void ApprovedAnswerChanged(ILogger logger, long answerId, string state);

    [LoggerMessage(124, LogLevel.Warning, "Could not read approved answers; answering from the policy alone")]
    public static partial void ApprovedAnswersUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(125, LogLevel.Warning, "Uploading an acknowledgement export to the sharer's OneDrive failed with HTTP {Status}")]
    public static partial void ExportUploadFailed(ILogger logger, int status);

    [LoggerMessage(126, LogLevel.Warning, "Could not update shared card {ShareId} after a new policy version")]
    public static partial void SharedCardNotUpdated(ILogger logger, string shareId, Exception exception);

    [LoggerMessage(127, LogLevel.Warning, "Could not read or record which conversations saw a review-overdue notice; showing it")]
    public static partial void ReviewNoticesUnavailable(ILogger logger, Exception exception);
}
