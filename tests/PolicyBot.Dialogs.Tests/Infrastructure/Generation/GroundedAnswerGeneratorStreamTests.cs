using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Infrastructure.Generation;
using PolicyBot.Dialogs.Infrastructure.Knowledge;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Generation;

public sealed class GroundedAnswerGeneratorStreamTests
{
    [Fact]
    public async Task Generate_SentencesFasterThanASecond_StreamsAtMostOneUpdatePerSecond()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        var model = new Mock<IChatModel>();
        model.Setup(m => m.CompleteAsync(It.IsAny<ChatPrompt>(), It.IsAny<Func<string, CancellationToken, Task>>(), It.IsAny<CancellationToken>()))
            .Returns(async (ChatPrompt _, Func<string, CancellationToken, Task> onText, CancellationToken token) =>
            {
                await onText("One rule applies here [1]. ", token);
                await onText("One rule applies here [1]. A second rule too [1]. ", token);
                clock.Advance(TimeSpan.FromSeconds(1));
                await onText("One rule applies here [1]. A second rule too [1]. A third one [1]. ", token);
                return new ChatReply("One rule applies here [1]. A second rule too [1]. A third one [1].", null);
            });
        var progress = new Mock<IAnswerProgress>();
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var generator = new GroundedAnswerGenerator(model.Object, Options.Create(new AzureOpenAISettings()), new GenerationMetrics(services.GetRequiredService<IMeterFactory>()), clock, NullLogger<GroundedAnswerGenerator>.Instance);
        var kb = await new KnowledgeProvider(Options.Create(new KnowledgeSettings()), TimeProvider.System, NullLogger<KnowledgeProvider>.Instance).GetAsync(CancellationToken.None);

        var result = await generator.GenerateAsync(kb, kb.Ask("can I retweet corrections tweets?"), progress.Object, CancellationToken.None);

        Assert.True(result.Generated);
        progress.Verify(p => p.InformAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        progress.Verify(p => p.TextAsync("One rule applies here [1].", It.IsAny<CancellationToken>()), Times.Once);
        progress.Verify(p => p.TextAsync("One rule applies here [1]. A second rule too [1]. A third one [1].", It.IsAny<CancellationToken>()), Times.Once);
        progress.Verify(p => p.TextAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }
}
