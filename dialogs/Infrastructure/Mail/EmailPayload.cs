using System.Text.Json;

namespace PolicyBot.Dialogs.Infrastructure.Mail;

/// <summary>An email as the outbox stores it; MessageId stays the same across retries.</summary>
public sealed record EmailPayload(string To, string Subject, string Body, string ReplyTo, string MessageId)
{
    public const string Kind = "email";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static EmailPayload FromJson(string json) => JsonSerializer.Deserialize<EmailPayload>(json, Options) ?? throw new InvalidDataException("Empty email payload.");
}
