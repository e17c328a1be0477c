using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PolicyBot.Dialogs.Infrastructure.Retention;

/// <summary>Registers the retention job that deletes records past their period.</summary>
public static class RetentionServiceCollectionExtensions
{
    public static IServiceCollection AddPolicyRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<RetentionSettings>(configuration, RetentionSettings.SectionName);
        services.AddSingleton<RetentionService>();
        services.AddHostedService(provider => provider.GetRequiredService<RetentionService>());
        return services;
    }
}
