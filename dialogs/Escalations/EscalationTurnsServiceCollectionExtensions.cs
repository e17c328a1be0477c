using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Infrastructure.Outbox;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>Registers the escalation turns, the questions report turn and the Teams side of the outbox.</summary>
public static class EscalationTurnsServiceCollectionExtensions
{
    public static IServiceCollection AddEscalationTurns(this IServiceCollection services)
    {
        services.AddSingleton<EscalationTurns>();
        services.AddSingleton<Insights.ReportTurns>();
        services.AddSingleton<IOutboxHandler, TeamsOutboxHandler>();
        return services;
    }
}
