using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Generation;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Dialogs.Insights;
using PolicyBot.Dialogs.PostCheck;
using PolicyBot.Dialogs.Sharing;

namespace PolicyBot.Dialogs;

/// <summary>Registers PolicyBot's knowledge, stores and conversation flows.</summary>
public static class DialogsServiceCollectionExtensions
{
    public static IServiceCollection AddPolicyDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<KnowledgeSettings>().Bind(configuration.GetSection(KnowledgeSettings.SectionName));
        services.AddOptions<StorageSettings>().Bind(configuration.GetSection(StorageSettings.SectionName));
        services.AddOptions<WelcomeSettings>().Bind(configuration.GetSection(WelcomeSettings.SectionName));
        services.AddOptions<PostCheckSettings>().Bind(configuration.GetSection(PostCheckSettings.SectionName));
        services.AddSingleton<KnowledgeProvider>();
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<FeedbackStore>();
        services.AddSingleton<QuestionLog>();
        services.AddSingleton<QuestionReports>();
        services.AddSingleton<PostCheckStore>();
        services.AddSingleton<PostCheckDialog>();
        services.AddSingleton<PolicyConversation>();
        services.AddPolicyGeneration(configuration);
        services.AddPolicySharing();
        services.AddPolicyEscalations(configuration);
        services.AddHostedService<KnowledgeWarmup>();
        services.AddHostedService<KnowledgeWatcher>();
        return services;
    }
}
