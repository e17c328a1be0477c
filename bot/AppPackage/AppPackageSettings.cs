using PolicyBot.Dialogs.Infrastructure;

namespace PolicyBot.Bot.AppPackage;

/// <summary>What the app package takes from configuration: the bot's Microsoft App ID and the domain it is served from.</summary>
internal sealed record AppPackageSettings(string BotId, string BotDomain, bool BotIdIsPlaceholder)
{
    /// <summary>Stands in for a missing app id, so a package can be built and checked before the bot is registered.</summary>
    public const string PlaceholderBotId = "00000000-0000-0000-0000-000000000000";

    public const string DefaultBotDomain = "policybot.example.org";

    public static AppPackageSettings FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var identity = configuration.Get<BotIdentity>() ?? new BotIdentity();
        return Create(identity.MicrosoftAppId, configuration["Manifest:BotDomain"]);
    }

    /// <exception cref="ArgumentException">The app id is not a GUID or the domain is not a bare host name.</exception>
    public static AppPackageSettings Create(string? botId, string? botDomain)
    {
        botId = botId?.Trim();
        botDomain = botDomain?.Trim();
        var placeholder = string.IsNullOrEmpty(botId);
        if (!placeholder && !Guid.TryParseExact(botId, "D", out _))
        {
            throw new ArgumentException(
                $"MicrosoftAppId '{botId}' is not a GUID. It must be the bot's Microsoft App ID from its Azure Bot registration, " +
                "like 2f0c6a3e-8d1b-4c7a-9e25-6b3d4f1a7c90.");
        }

        if (string.IsNullOrEmpty(botDomain))
        {
            botDomain = DefaultBotDomain;
        }
        else if (Uri.CheckHostName(botDomain) != UriHostNameType.Dns)
        {
            // Teams wants a bare host in validDomains and the SSO resource: no scheme, port or path.
            throw new ArgumentException($"Manifest:BotDomain '{botDomain}' is not a host name like {DefaultBotDomain} (no https://, port or path).");
        }

        return new AppPackageSettings(placeholder ? PlaceholderBotId : botId!.ToLowerInvariant(), botDomain.ToLowerInvariant(), placeholder);
    }
}
