using System.Diagnostics.Metrics;

namespace PolicyBot.Dialogs.Infrastructure.Generation;

/// <summary>Token use and fallbacks as metrics: counts only, never text.</summary>
public sealed class GenerationMetrics
{
    public const string MeterName = "PolicyBot.Generation";

    private readonly Counter<long> _tokens;
    private readonly Counter<long> _fallbacks;

    public GenerationMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _tokens = meter.CreateCounter<long>("policybot.openai.tokens", "{token}", "Tokens used by generated answers and draft judgments.");
        _fallbacks = meter.CreateCounter<long>("policybot.openai.fallbacks", "{answer}", "Answers that fell back to the extractive answer, by reason.");
    }

    public void Tokens(string purpose, int input, int output)
    {
        _tokens.Add(input, new KeyValuePair<string, object?>("purpose", purpose), new KeyValuePair<string, object?>("direction", "input"));
        _tokens.Add(output, new KeyValuePair<string, object?>("purpose", purpose), new KeyValuePair<string, object?>("direction", "output"));
    }

    public void Fallback(string reason) => _fallbacks.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
