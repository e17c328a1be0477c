using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.Dialogs.Sharing;

/// <summary>Registers topic sharing and acknowledgements.</summary>
public static class SharingServiceCollectionExtensions
{
    public static IServiceCollection AddPolicySharing(this IServiceCollection services)
    {
        services.AddSingleton<ShareStore>();
        services.AddSingleton<SharedTopicView>();
        services.AddSingleton<ITurnRoutes, TopicSharing>();
        services.AddSingleton<ITurnRoutes, PolicySearchExtension>();
        return services;
    }
}
