using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI.Chat;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace PolicyBot.Dialogs.Infrastructure.Generation;

/// <summary>Azure OpenAI chat completions behind a total timeout and a circuit breaker; never throws for a service fault.</summary>
internal sealed class AzureChatModel : IChatModel
{
    private readonly ChatClient _chat;
    private readonly ResiliencePipeline _pipeline;
    private readonly AzureOpenAISettings _settings;
    private readonly GenerationMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<AzureChatModel> _logger;
    private DateTimeOffset _coolDownUntil = DateTimeOffset.MinValue;

    public AzureChatModel(IOptions<AzureOpenAISettings> settings, GenerationMetrics metrics, TimeProvider time, ILogger<AzureChatModel> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings.Value;
        _metrics = metrics;
        _time = time;
        _logger = logger;
        var timeout = TimeSpan.FromSeconds(_settings.TimeoutSeconds);

        // The SDK would retry 429 and 5xx three times, each attempt with its own 100 s timeout: one slow
        // endpoint could hold a Teams turn for minutes. We make one attempt, bounded, and fall back instead.
        var options = new AzureOpenAIClientOptions(AzureOpenAIClientOptions.ServiceVersion.V2024_10_21)
        {
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = timeout,
        };
        var endpoint = new Uri(_settings.Endpoint);
        var client = string.IsNullOrWhiteSpace(_settings.ApiKey)
            ? new AzureOpenAIClient(endpoint, new DefaultAzureCredential(), options)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(_settings.ApiKey), options);
        _chat = client.GetChatClient(_settings.Deployment);
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = Math.Max(2, _settings.BreakAfterFailures),
                SamplingDuration = TimeSpan.FromSeconds(Math.Max(_settings.BreakSeconds, 1) * 2),
                BreakDuration = TimeSpan.FromSeconds(Math.Max(_settings.BreakSeconds, 0.5)),
            })
            .AddTimeout(timeout)
            .Build();
    }

    public async Task<ChatReply> CompleteAsync(ChatPrompt prompt, Func<string, CancellationToken, Task>? onText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        if (_time.GetUtcNow() < _coolDownUntil)
        {
            return ChatReply.Failed("rate-limited");
        }

        try
        {
            var text = await _pipeline.ExecuteAsync(
                async token => onText is null ? await CompleteOnceAsync(prompt, token).ConfigureAwait(false) : await StreamOnceAsync(prompt, onText, token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            return new ChatReply(text, null);
        }
        catch (ClientResultException e)
        {
            RememberRetryAfter(e);
            return Failed(e.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), e);
        }
        catch (TimeoutRejectedException e)
        {
            return Failed("timeout", e);
        }
        catch (BrokenCircuitException e)
        {
            return Failed("circuit-open", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // The SDK's own network timeout.
            return Failed("timeout", e);
        }
        catch (Exception e) when (e is HttpRequestException or System.Text.Json.JsonException or ModelCallFailedException or InvalidOperationException)
        {
            return Failed(e is ModelCallFailedException ? e.Message : "bad-response", e);
        }
    }

    private async Task<string> CompleteOnceAsync(ChatPrompt prompt, CancellationToken cancellationToken)
    {
        ChatCompletion completion = await _chat.CompleteChatAsync(Messages(prompt), Options(), cancellationToken).ConfigureAwait(false);
        if (completion.Usage is { } usage)
        {
            CountTokens(prompt.Purpose, usage);
        }

        var text = string.Concat(completion.Content.Select(part => part.Text));
        return text.Trim().Length > 0 ? text : throw new ModelCallFailedException("empty");
    }

    private async Task<string> StreamOnceAsync(ChatPrompt prompt, Func<string, CancellationToken, Task> onText, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        await foreach (var update in _chat.CompleteChatStreamingAsync(Messages(prompt), Options(), cancellationToken).ConfigureAwait(false))
        {
            if (update.Usage is { } usage)
            {
                CountTokens(prompt.Purpose, usage);
            }

            var before = text.Length;
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }

            if (text.Length > before)
            {
                await onText(text.ToString(), cancellationToken).ConfigureAwait(false);
            }
        }

        // A stream that is not SSE yields nothing and no error: an empty answer is a failure, not an answer.
        return text.ToString().Trim().Length > 0 ? text.ToString() : throw new ModelCallFailedException("empty");
    }

    private static ChatMessage[] Messages(ChatPrompt prompt) => [new SystemChatMessage(prompt.System), new UserChatMessage(prompt.User)];

    private ChatCompletionOptions Options() => new() { Temperature = 0, MaxOutputTokenCount = _settings.MaxOutputTokens };

    private void CountTokens(string purpose, ChatTokenUsage usage)
    {
        _metrics.Tokens(purpose, usage.InputTokenCount, usage.OutputTokenCount);
        Log.TokensUsed(_logger, purpose, usage.InputTokenCount, usage.OutputTokenCount, usage.TotalTokenCount);
    }

    private void RememberRetryAfter(ClientResultException e)
    {
        if (e.Status == 429 && e.GetRawResponse()?.Headers.TryGetValue("Retry-After", out var value) == true
            && int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
        {
            // Honour the service's own back-off: no calls until then, each question falls back straight away.
            _coolDownUntil = _time.GetUtcNow().AddSeconds(Math.Min(seconds, 300));
        }
    }

    private ChatReply Failed(string reason, Exception e)
    {
        Log.ModelCallFailed(_logger, reason, e.GetType().Name);
        return ChatReply.Failed(reason);
    }
}
