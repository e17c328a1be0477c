using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.Dialogs.Versions;

/// <summary>Policy versions: recorded as the policies load, "what changed?", re-acknowledgement waivers.</summary>
public static class VersionsServiceCollectionExtensions
{
    public static IServiceCollection AddPolicyVersions(this IServiceCollection services)
    {
        services.AddSingleton<PolicyVersionStore>();
        services.AddSingleton<PolicyVersions>();
        services.AddSingleton<ReviewNotices>();
        services.AddSingleton<IKnowledgeListener>(provider => provider.GetRequiredService<PolicyVersions>());
        services.AddSingleton<ITurnRoutes, VersionTurns>();
        return services;
    }
}
