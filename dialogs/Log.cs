using Microsoft.Extensions.Logging;

namespace PolicyBot.Dialogs;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Loaded {Policies} policies as {Passages} passages in {Milliseconds:F0} ms")]
    public static partial void KnowledgeLoaded(ILogger logger, int policies, int passages, double milliseconds);

    [LoggerMessage(2, LogLevel.Critical, "Could not load the knowledge folder {Folder}")]
    public static partial void KnowledgeFailed(ILogger logger, string folder, Exception exception);

    [LoggerMessage(20, LogLevel.Information, "Shared topic {TopicId} as {ShareId}")]
    public static partial void TopicShared(ILogger logger, string shareId, string topicId);

    [LoggerMessage(21, LogLevel.Information, "Reminded {Count} people about share {ShareId}")]
    public static partial void Reminded(ILogger logger, string shareId, int count);

    [LoggerMessage(22, LogLevel.Warning, "Could not update the shared card {ShareId} for everyone")]
    public static partial void ShareUpdateFailed(ILogger logger, string shareId, Exception exception);
}
