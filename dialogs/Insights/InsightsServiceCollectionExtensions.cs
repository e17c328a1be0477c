using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.Dialogs.Insights;

/// <summary>Registers the question log and the report of what staff ask.</summary>
public static class InsightsServiceCollectionExtensions
{
    public static IServiceCollection AddPolicyInsights(this IServiceCollection services)
    {
        services.AddSingleton<QuestionLog>();
        services.AddSingleton<QuestionReports>();
        services.AddSingleton<ITurnRoutes, ReportTurns>();
        return services;
    }
}
