using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Infrastructure.Generation;

namespace PolicyBot.TestHost;

public static class ServiceProviderExtensions
{
    public static PolicyAnswers Answers(this IServiceProvider services) => services.GetRequiredService<PolicyAnswers>();
}
