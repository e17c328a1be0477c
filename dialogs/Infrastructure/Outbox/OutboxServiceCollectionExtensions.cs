using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>Registers delivery: the outbox, the conversation references it sends to, its worker and its Teams handler.</summary>
public static class OutboxServiceCollectionExtensions
{
    public static IServiceCollection AddPolicyOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<OutboxSettings>(configuration, OutboxSettings.SectionName);
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<DeliveryPauses>();
        services.AddSingleton<OutboxWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxWorker>());

        // Needs the bot's adapter (CloudAdapterBase), which the host registers; commands never resolve it.
        services.AddSingleton<IOutboxHandler, TeamsOutboxHandler>();
        return services;
    }
}
