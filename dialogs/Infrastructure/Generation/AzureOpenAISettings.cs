using System.ComponentModel.DataAnnotations;
namespace PolicyBot.Dialogs.Infrastructure.Generation;

/// <summary>The "AzureOpenAI" configuration section: where generated answers come from, if anywhere.</summary>
public sealed class AzureOpenAISettings
{
    public const string SectionName = "AzureOpenAI";

    /// <summary>The resource's endpoint, such as https://contoso.openai.azure.com/; empty keeps answers extractive.</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>The chat model deployment's name; empty keeps answers extractive.</summary>
    public string Deployment { get; set; } = string.Empty;

    /// <summary>The API key; empty uses Azure.Identity (managed identity in Azure, developer sign-in locally).</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>The most a generated answer may take, retries included, before the extractive answer goes instead.</summary>
    [Range(0.1, 300, ErrorMessage = "AzureOpenAI:TimeoutSeconds must be between 0.1 and 300.")]
    public double TimeoutSeconds { get; set; } = 12;

    /// <summary>How many top passages the model sees.</summary>
    [Range(1, 20, ErrorMessage = "AzureOpenAI:MaxPassages must be between 1 and 20.")]
    public int MaxPassages { get; set; } = 5;

    /// <summary>Failures in a row that open the circuit breaker.</summary>
    [Range(1, 100, ErrorMessage = "AzureOpenAI:BreakAfterFailures must be between 1 and 100.")]
    public int BreakAfterFailures { get; set; } = 3;

    /// <summary>How long the breaker stays open before one trial call.</summary>
    [Range(0.0, 3600, ErrorMessage = "AzureOpenAI:BreakSeconds must be between 0 and 3600.")]
    public double BreakSeconds { get; set; } = 30;

    /// <summary>The most tokens one answer may produce.</summary>
    [Range(1, 16000, ErrorMessage = "AzureOpenAI:MaxOutputTokens must be between 1 and 16000.")]
    public int MaxOutputTokens { get; set; } = 500;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Deployment);
}
