using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Generation;

public sealed class AzureChatModelTests
{
    [Fact]
    public async Task Answer_429WithRetryAfter_FallsBackAtOnceAndWaitsBeforeCallingAgain()
    {
        await using var harness = await GenerationHarness.StartAsync();
        harness.Stub.Respond(OpenAIStub.Status(429, retryAfter: "60"));

        var first = await harness.AskAsync();
        var second = await harness.AskAsync();

        Assert.False(first.Generated);
        Assert.Contains("unavailable", first.Note, StringComparison.Ordinal);
        Assert.True(first.Answer.Answered);
        Assert.False(second.Generated);

        // The SDK's own retries are off, and Retry-After holds back the next question's call.
        Assert.Single(harness.Stub.Requests);
    }

    [Fact]
    public async Task Answer_ServerError_FallsBackWithANoteAfterOneRequest()
    {
        await using var harness = await GenerationHarness.StartAsync();
        harness.Stub.Respond(OpenAIStub.Status(500));

        var result = await harness.AskAsync();

        Assert.False(result.Generated);
        Assert.NotNull(result.Note);
        Assert.NotEmpty(result.Answer.Citations);
        Assert.Single(harness.Stub.Requests);
    }

    [Fact]
    public async Task Answer_SlowEndpoint_FallsBackWithinTheTimeout()
    {
        await using var harness = await GenerationHarness.StartAsync(timeoutSeconds: 1);
        harness.Stub.Respond(async context =>
        {
            await Task.Delay(TimeSpan.FromMinutes(1), context.RequestAborted);
            await OpenAIStub.Completion("Too late [1].")(context);
        });
        var clock = Stopwatch.StartNew();

        var result = await harness.AskAsync();

        // Far under the endpoint's minute, with room for a busy machine: the 1 s timeout cut it short.
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(20));
        Assert.False(result.Generated);
        Assert.Contains("too long", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_NonJsonBody_FallsBack()
    {
        await using var harness = await GenerationHarness.StartAsync();
        harness.Stub.Respond(context => context.Response.WriteAsync("<html>gateway</html>"));

        var result = await harness.AskAsync();

        Assert.False(result.Generated);
        Assert.NotNull(result.Note);
    }

    [Fact]
    public async Task Answer_RepeatedFailures_OpenTheCircuitAndStopCallingTheEndpoint()
    {
        await using var harness = await GenerationHarness.StartAsync(breakAfter: 2);
        harness.Stub.Respond(OpenAIStub.Status(503));

        for (var i = 0; i < 5; i++)
        {
            Assert.False((await harness.AskAsync()).Generated);
        }

        Assert.Equal(2, harness.Stub.Requests.Count);
    }
}
