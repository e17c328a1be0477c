using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Infrastructure.Generation;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.TestHost;

/// <summary>The services `ask` and the bot use, configured against an OpenAI stub.</summary>
public sealed class GenerationHarness : IAsyncDisposable
{
    public const string Question = "can I retweet the department's tweets?";

    private GenerationHarness(OpenAIStub stub, ServiceProvider services)
    {
        Stub = stub;
        Services = services;
    }

    public OpenAIStub Stub { get; }

    public ServiceProvider Services { get; }

    public static async Task<GenerationHarness> StartAsync(double timeoutSeconds = 5, int breakAfter = 5)
    {
        var stub = await OpenAIStub.StartAsync();
        return new GenerationHarness(stub, Build(stub.Settings(timeoutSeconds, breakAfter)));
    }

    public static ServiceProvider Build(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddSingleton(SharedKnowledge.Provider).AddPolicyDialogs(configuration).BuildServiceProvider();
    }

    public Task<AnswerResult> AskAsync(string question = Question) =>
        Services.GetRequiredService<PolicyAnswers>().AnswerAsync(question, null, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Stub.DisposeAsync();
    }
}
