using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Answers;

namespace PolicyBot.Dialogs.Infrastructure.Generation;

/// <summary>Registers generated answers, only when an Azure OpenAI endpoint and deployment are configured.</summary>
public static class GenerationServiceCollectionExtensions
{
    public static IServiceCollection AddPolicyGeneration(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(AzureOpenAISettings.SectionName);
        services.AddValidatedOptions<AzureOpenAISettings>(configuration, AzureOpenAISettings.SectionName);
        services.AddSingleton<PolicyAnswers>();
        services.AddSingleton<DraftJudgments>();
        if (section.Get<AzureOpenAISettings>() is not { IsConfigured: true })
        {
            return services;
        }

        services.AddMetrics();
        services.AddSingleton<GenerationMetrics>();
        services.AddSingleton<IChatModel, AzureChatModel>();
        services.AddSingleton<IAnswerGenerator, GroundedAnswerGenerator>();
        services.AddSingleton<IDraftJudge, ModelDraftJudge>();
        return services;
    }
}
