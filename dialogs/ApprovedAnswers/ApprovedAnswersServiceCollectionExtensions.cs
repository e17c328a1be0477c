using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Dialogs.Versions;

namespace PolicyBot.Dialogs.ApprovedAnswers;

/// <summary>Approved answers: saved from tickets, shown beside answers, expired by new versions, retired by their team.</summary>
public static class ApprovedAnswersServiceCollectionExtensions
{
    public static IServiceCollection AddApprovedAnswers(this IServiceCollection services)
    {
        services.AddSingleton<ApprovedAnswerStore>();
        services.AddSingleton<ApprovedAnswerService>();
        services.AddSingleton<IApprovedAnswerFinder>(provider => provider.GetRequiredService<ApprovedAnswerService>());
        services.AddSingleton<IPolicyVersionListener>(provider => provider.GetRequiredService<ApprovedAnswerService>());
        services.AddSingleton<ApprovedAnswerDesk>();
        services.AddSingleton<ITurnRoutes, ApprovedAnswerTurns>();
        return services;
    }
}
