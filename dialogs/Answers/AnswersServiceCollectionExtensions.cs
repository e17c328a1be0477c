using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Infrastructure;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.Dialogs.Answers;

/// <summary>Registers answers: the greeting, the questions route and answer feedback.</summary>
public static class AnswersServiceCollectionExtensions
{
    public static IServiceCollection AddPolicyAnswers(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<WelcomeSettings>(configuration, WelcomeSettings.SectionName);
        services.AddSingleton<FeedbackStore>();
        services.AddSingleton<ITurnRoutes, AnswerTurns>();
        return services;
    }
}
