using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Infrastructure.Generation;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Generation;

public sealed class ModelDraftJudgeTests : IAsyncLifetime
{
    private const string Draft = "Our prison managers are clueless as usual, can't wait to see how they botch this one.";

    private GenerationHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await GenerationHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Judge_ToneConcern_IsKeptWithTheSectionOfThePassageItCites()
    {
        _harness.Stub.Reply("The draft mocks colleagues and implies criticism of the department [1].");
        var kb = await _harness.Services.GetRequiredService<KnowledgeProvider>().GetAsync(CancellationToken.None);

        var judgment = await _harness.Services.GetRequiredService<IDraftJudge>().JudgeAsync(kb, Draft, kb.PostCheck!.Check(Draft), CancellationToken.None);

        var request = OpenAIStub.UserText(_harness.Stub.Requests.Single());
        Assert.Contains(Draft, request, StringComparison.Ordinal);
        var first = request.Split('\n').First(line => line.StartsWith("[1]", StringComparison.Ordinal));
        Assert.NotNull(judgment);
        var section = judgment[(judgment.IndexOf("(See: ", StringComparison.Ordinal) + 6)..^2];
        Assert.StartsWith("The draft mocks colleagues and implies criticism of the department. (See: ", judgment, StringComparison.Ordinal);
        Assert.Contains(section, first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("This is fine to post [1].")]
    [InlineData("No concerns, you can post it [1].")]
    [InlineData("The tone is harsh.")]
    [InlineData("NO_CONCERN")]
    public async Task Judge_ClearingUncitedOrNoConcern_GivesNoJudgment(string reply)
    {
        _harness.Stub.Reply(reply);
        var kb = await _harness.Services.GetRequiredService<KnowledgeProvider>().GetAsync(CancellationToken.None);

        var judgment = await _harness.Services.GetRequiredService<IDraftJudge>().JudgeAsync(kb, Draft, kb.PostCheck!.Check(Draft), CancellationToken.None);

        Assert.Null(judgment);
    }

    [Fact]
    public async Task Answer_Generated_RecordsTokenCountsAsAMetric()
    {
        _harness.Stub.Reply("Don't comment on Corrections matters [1].");
        var factory = _harness.Services.GetRequiredService<IMeterFactory>();
        var measured = new List<(long Value, string Direction)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Name == "policybot.openai.tokens")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => measured.Add((value, tags.ToArray().Single(t => t.Key == "direction").Value!.ToString()!)));
        listener.Start();

        await _harness.AskAsync();

        Assert.Equal([(321L, "input"), (45L, "output")], measured);
    }
}
