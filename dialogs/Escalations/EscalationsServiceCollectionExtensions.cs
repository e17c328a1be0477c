using PolicyBot.Dialogs.Infrastructure.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Escalations.Reminders;
using PolicyBot.Dialogs.Infrastructure;
using PolicyBot.Dialogs.Infrastructure.Graph;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>Registers escalations: the store, reminders, the manager directory, the intake, the ticket desk and their turns.</summary>
public static class EscalationsServiceCollectionExtensions
{
    public static IServiceCollection AddPolicyEscalations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<EscalationSettings>(configuration, EscalationSettings.SectionName);
        services.AddSingleton<IValidateOptions<EscalationSettings>, EscalationSettingsValidator>();
        services.AddValidatedOptions<GraphSettings>(configuration, GraphSettings.SectionName);
        services.AddSingleton<IEscalationStore, SqlEscalationStore>();
        services.AddSingleton<EscalationDeliveries>();
        services.AddSingleton<Infrastructure.Outbox.IUndeliverable, UndeliveredEscalations>();
        services.AddSingleton<QueueDirectory>();
        services.AddSingleton<IKnowledgeCheck>(provider => provider.GetRequiredService<QueueDirectory>());
        services.AddSingleton<Destinations>();
        services.AddSingleton<ReminderService>();
        services.AddHostedService(provider => provider.GetRequiredService<ReminderService>());
        AddManagerDirectory(services, configuration);
        services.AddSingleton<EscalationIntake>();
        services.AddSingleton<TicketDesk>();
        services.AddSingleton<ChannelRegistration>();
        services.AddSingleton<ITurnRoutes, EscalationTurns>();
        return services;
    }

    // With an app registration, managers are looked up in Graph; a test or host may register its own TokenCredential first.
    private static void AddManagerDirectory(IServiceCollection services, IConfiguration configuration)
    {
        var graph = configuration.GetSection(GraphSettings.SectionName).Get<GraphSettings>() ?? new GraphSettings();
        if (!graph.IsConfigured)
        {
            services.AddSingleton<IManagerDirectory, NoManagerDirectory>();
            return;
        }

        services.TryAddSingleton<Azure.Core.TokenCredential>(new Azure.Identity.ClientSecretCredential(graph.TenantId, graph.ClientId, graph.ClientSecret));
        services.AddHttpClient<IManagerDirectory, GraphManagerDirectory>(client =>
        {
            client.BaseAddress = new Uri(graph.BaseUrl.EndsWith('/') ? graph.BaseUrl : graph.BaseUrl + "/");
            client.Timeout = TimeSpan.FromSeconds(10);
        });
    }
}
