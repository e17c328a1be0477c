using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Generation;

namespace PolicyBot.Bot.Tests.Generation;

internal static class ServiceProviderExtensions
{
    public static PolicyAnswers Answers(this IServiceProvider services) => services.GetRequiredService<PolicyAnswers>();
}
