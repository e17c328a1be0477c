using Microsoft.Extensions.Logging;
using PolicyBot.Dialogs.Generation;

namespace PolicyBot.Dialogs;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Loaded {Policies} policies as {Passages} passages in {Milliseconds:F0} ms")]
    public static partial void KnowledgeLoaded(ILogger logger, int policies, int passages, double milliseconds);

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
}
