using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Dialogs.Infrastructure.Knowledge;

namespace PolicyBot.Dialogs.Sharing;

/// <summary>Registers topic sharing and acknowledgements.</summary>
public static class SharingServiceCollectionExtensions
{
    public static IServiceCollection AddPolicySharing(this IServiceCollection services)
    {
        services.AddSingleton<ShareStore>();
        services.AddSingleton<SharedTopicView>();
        services.AddSingleton<TeamRosterCache>();
        services.AddSingleton<AcknowledgementExport>();
        services.AddHttpClient(AcknowledgementExport.HttpClientName);
        services.AddSingleton<ITurnRoutes, TopicSharing>();
        services.AddSingleton<ITurnRoutes, PolicySearchExtension>();
        return services;
    }

    /// <summary>
    /// Rewrites posted shared cards when a policy gets a new version: only in the web host, which has the Teams
    /// adapter to send with (the command line's ask and questions load the policies without one).
    /// </summary>
    public static IServiceCollection AddSharedCardUpdates(this IServiceCollection services)
    {
        services.AddSingleton<IKnowledgeListener, SharedCardUpdater>();
        return services;
    }
}
