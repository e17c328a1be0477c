using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>Registers the one database every store uses, and the schema migrator that runs before anything else starts.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddPolicyStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StorageSettings>(configuration, StorageSettings.SectionName);
        services.AddSingleton<IValidateOptions<StorageSettings>, StorageSettingsValidator>();
        services.AddSingleton<IDatabase>(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<StorageSettings>>().Value;
            return settings.PostgresConnectionString.Length > 0 ? new PostgresDatabase(settings.PostgresConnectionString) : new SqliteDatabase(settings.ResolvePath());
        });
        services.AddSingleton<SchemaMigrator>();

        // First of the hosted services, which start in order: the outbox worker and reminders read the schema it makes.
        services.AddHostedService(provider => provider.GetRequiredService<SchemaMigrator>());
        return services;
    }
}
