using Microsoft.Extensions.Logging;

namespace PolicyBot.Dialogs;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Loaded {Policies} policies as {Passages} passages in {Milliseconds:F0} ms")]
    public static partial void KnowledgeLoaded(ILogger logger, int policies, int passages, double milliseconds);

    [LoggerMessage(2, LogLevel.Critical, "Could not load the knowledge folder {Folder}")]
    public static partial void KnowledgeFailed(ILogger logger, string folder, Exception exception);
}
