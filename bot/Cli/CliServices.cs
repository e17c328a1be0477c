using PolicyBot.Bot.Hosting;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Knowledge;

namespace PolicyBot.Bot.Cli;

/// <summary>The bot's own configuration and services, for commands that run without the web host.</summary>
internal static class CliServices
{
    public static async Task<(ServiceProvider Services, PolicyKnowledgeBase Knowledge)> StartAsync(CancellationToken cancellationToken)
    {
        var configuration = BotHost.ReadConfiguration([]);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(configuration)
            .AddPolicyDialogs(configuration)
            .BuildServiceProvider();
        var knowledge = await services.GetRequiredService<KnowledgeProvider>().GetAsync(cancellationToken).ConfigureAwait(false);

        // The host logs these; a command has no logger, and whoever edits the files runs commands to check them.
        foreach (var warning in knowledge.Warnings)
        {
            await Console.Error.WriteLineAsync("warning: " + warning).ConfigureAwait(false);
        }

        return (services, knowledge);
    }
}
