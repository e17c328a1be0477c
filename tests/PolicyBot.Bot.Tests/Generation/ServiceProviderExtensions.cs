using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Infrastructure.Generation;

namespace PolicyBot.Bot.Tests.Generation;

internal static class ServiceProviderExtensions
{
    public static PolicyAnswers Answers(this IServiceProvider services) => services.GetRequiredService<PolicyAnswers>();
}
