using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Infrastructure;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.Dialogs.PostCheck;

/// <summary>Registers the "can I post this?" check: its store, its dialog and its turns.</summary>
public static class PostCheckServiceCollectionExtensions
{
    public static IServiceCollection AddPolicyPostCheck(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<PostCheckSettings>(configuration, PostCheckSettings.SectionName);
        services.AddSingleton<PostCheckStore>();
        services.AddSingleton<PostCheckDialog>();
        services.AddSingleton<ITurnRoutes, PostCheckTurns>();
        return services;
    }
}
