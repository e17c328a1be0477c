using System.ComponentModel.DataAnnotations;
namespace PolicyBot.Dialogs.Infrastructure.Graph;

/// <summary>The "Graph" configuration section: an app registration allowed to read users' managers (User.Read.All).</summary>
public sealed class GraphSettings
{
    public const string SectionName = "Graph";

    [Url(ErrorMessage = "Graph:BaseUrl must be an http or https URL, such as https://graph.microsoft.com/v1.0/.")]
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0/";

    public string TenantId { get; set; } = string.Empty;

    public string ClientId { get; set; } = string.Empty;

    /// <summary>Never in appsettings.json: an environment variable or user-secrets.</summary>
    public string ClientSecret { get; set; } = string.Empty;

    public bool IsConfigured => TenantId.Length > 0 && ClientId.Length > 0 && ClientSecret.Length > 0;
}
