using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace PolicyBot.Bot.Adapter;

/// <summary>
/// A connector client shared by many turns: the SDK disposes the turn's client when the turn ends, so this
/// hands every turn the same client and ignores that dispose; <see cref="ConnectorClientCache"/> owns it.
/// </summary>
internal sealed class SharedConnectorClient(IConnectorClient inner) : IConnectorClient
{
    public IConnectorClient Inner => inner;

    public Uri BaseUri
    {
        get => inner.BaseUri;
        set => inner.BaseUri = value;
    }

    public JsonSerializerSettings SerializationSettings => inner.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => inner.DeserializationSettings;

    public ServiceClientCredentials Credentials => inner.Credentials;

    public IAttachments Attachments => inner.Attachments;

    public IConversations Conversations => inner.Conversations;

    public void Dispose()
    {
        // Deliberately empty: other turns are using the same client.
    }
}
