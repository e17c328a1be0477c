using Microsoft.IdentityModel.Tokens;

namespace PolicyBot.Bot.Adapter;

/// <summary>The signing keys an OpenID metadata endpoint published, and the channels each key is endorsed for.</summary>
internal sealed record KeySet(IList<SecurityKey> Keys, IReadOnlyDictionary<string, string[]> Endorsements)
{
    /// <summary>True when the key is endorsed for the channel (the Bot Framework endorses its keys per channel: "msteams").</summary>
    public bool Endorses(string keyId, string? channelId) =>
        !string.IsNullOrEmpty(channelId) && Endorsements.TryGetValue(keyId, out var channels) && channels.Contains(channelId, StringComparer.Ordinal);
}
