using Microsoft.Extensions.Hosting;

namespace PolicyBot.Dialogs.Infrastructure.Knowledge;

/// <summary>Starts loading the policies when the host starts, so the first question does not wait for it.</summary>
internal sealed class KnowledgeWarmup(KnowledgeProvider knowledge) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Not awaited: /healthz reports 503 until it is done, and a failure surfaces there and in the log.
        _ = knowledge.GetAsync(CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
