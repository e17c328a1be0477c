using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.ApprovedAnswers;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure;
using PolicyBot.Dialogs.Infrastructure.Generation;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Infrastructure.Mail;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Dialogs.Insights;
using PolicyBot.Dialogs.PostCheck;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Dialogs.Sharing;
using PolicyBot.Dialogs.Versions;

namespace PolicyBot.Dialogs;

/// <summary>Registers PolicyBot's knowledge, storage, conversation features and the router that sends turns to them.</summary>
public static class DialogsServiceCollectionExtensions
{
    public static IServiceCollection AddPolicyDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddValidatedOptions<BotIdentity>(configuration, BotIdentity.SectionName);
        services.AddValidatedOptions<KnowledgeSettings>(configuration, KnowledgeSettings.SectionName);
        services.AddSingleton<IValidateOptions<KnowledgeSettings>, KnowledgeSettingsValidator>();
        // A host may bring its own, loaded once and shared (the test host does).
        services.TryAddSingleton<KnowledgeProvider>();
        services.AddPolicyStorage(configuration);
        services.AddPolicyOutbox(configuration);
        services.AddPolicyMail(configuration);
        services.AddPolicyGeneration(configuration);
        services.AddPolicyAnswers(configuration);
        services.AddPolicyPostCheck(configuration);
        services.AddPolicySharing();
        services.AddPolicyEscalations(configuration);
        services.AddPolicyInsights();
        services.AddPolicyVersions();
        services.AddApprovedAnswers();
        services.AddSingleton<TurnRouter>();
        services.AddHostedService<KnowledgeWarmup>();
        services.AddHostedService<KnowledgeWatcher>();
        return services;
    }
}
