using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Escalations.Reminders;
using PolicyBot.Dialogs.Infrastructure;
using PolicyBot.Dialogs.Infrastructure.Graph;
using PolicyBot.Dialogs.Infrastructure.Mail;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>Registers escalations: the store (SQLite or PostgreSQL), mail, the outbox worker and the desks.</summary>
public static class EscalationsServiceCollectionExtensions
{
    public static IServiceCollection AddPolicyEscalations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<EscalationSettings>(configuration, EscalationSettings.SectionName);
        services.AddSingleton<IValidateOptions<EscalationSettings>, EscalationSettingsValidator>();
        services.AddValidatedOptions<MailSettings>(configuration, MailSettings.SectionName);
        services.AddSingleton<IValidateOptions<MailSettings>, MailSettingsValidator>();
        services.AddValidatedOptions<OutboxSettings>(configuration, OutboxSettings.SectionName);
        services.AddValidatedOptions<GraphSettings>(configuration, GraphSettings.SectionName);
        services.AddSingleton<IEscalationDatabase>(provider =>
        {
            var postgres = provider.GetRequiredService<IOptions<StorageSettings>>().Value.PostgresConnectionString;
            return postgres.Length > 0
                ? new PostgresEscalationDatabase(postgres)
                : new SqliteEscalationDatabase(provider.GetRequiredService<IOptions<StorageSettings>>());
        });
        services.AddSingleton<IEscalationStore, SqlEscalationStore>();
        services.AddSingleton<IMailTransport>(provider => provider.GetRequiredService<IOptions<MailSettings>>().Value.SmtpHost.Length > 0
            ? new SmtpMailTransport(provider.GetRequiredService<IOptions<MailSettings>>())
            : new PickupFolderTransport(provider.GetRequiredService<IOptions<MailSettings>>()));
        services.AddSingleton<IOutboxHandler, EmailOutboxHandler>();
        services.AddSingleton<OutboxWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxWorker>());
        services.AddSingleton<ReminderService>();
        services.AddHostedService(provider => provider.GetRequiredService<ReminderService>());
        AddManagerDirectory(services, configuration);
        services.AddSingleton<EscalationIntake>();
        services.AddSingleton<TicketDesk>();
        services.AddSingleton<ChannelRegistration>();
        services.AddSingleton<ITurnRoutes, EscalationTurns>();

        // Needs the bot's adapter (CloudAdapterBase), which the host registers.
        services.AddSingleton<IOutboxHandler, TeamsOutboxHandler>();
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
