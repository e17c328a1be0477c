using PolicyBot.Dialogs.Infrastructure.Knowledge;

namespace PolicyBot.Bot.Endpoints;

/// <summary>GET /healthz: 200 once the policies are loaded and indexed, 503 until then.</summary>
internal static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (KnowledgeProvider knowledge) => knowledge.IsReady
            ? Results.Text("ok")
            : Results.Text("loading policies", statusCode: StatusCodes.Status503ServiceUnavailable));
        return endpoints;
    }
}
