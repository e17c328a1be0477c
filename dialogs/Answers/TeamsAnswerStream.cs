using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace PolicyBot.Dialogs.Answers;

/// <summary>
/// Teams' streaming protocol for a personal chat: typing activities carrying a streaminfo entity (an informative
/// update, then the text so far), the first reply's id as the stream id, and a final message that closes the stream.
/// </summary>
internal sealed class TeamsAnswerStream(ITurnContext turnContext) : IAnswerProgress
{
    private const int MaxInformative = 1000;
    private int _sequence;

    /// <summary>The stream's id, from Teams' answer to the first update; null until something was streamed.</summary>
    public string? StreamId { get; private set; }

    public Task InformAsync(string status, CancellationToken cancellationToken) =>
        SendAsync("informative", status.Length > MaxInformative ? status[..MaxInformative] : status, cancellationToken);

    public Task TextAsync(string textSoFar, CancellationToken cancellationToken) => SendAsync("streaming", textSoFar, cancellationToken);

    /// <summary>Marks the reply as the stream's final message, when a stream was started.</summary>
    public void Finish(IMessageActivity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (StreamId is null)
        {
            return;
        }

        reply.Entities ??= [];
        reply.Entities.Add(StreamInfo("final", StreamId, null));
    }

    private async Task SendAsync(string streamType, string text, CancellationToken cancellationToken)
    {
        _sequence++;
        var typing = new Activity(ActivityTypes.Typing) { Text = text, Entities = [StreamInfo(streamType, StreamId, _sequence)] };
        var response = await turnContext.SendActivityAsync(typing, cancellationToken).ConfigureAwait(false);
        StreamId ??= response?.Id;
    }

    private static Entity StreamInfo(string streamType, string? streamId, int? sequence)
    {
        var properties = new JObject { ["streamType"] = streamType };
        if (streamId is not null)
        {
            properties["streamId"] = streamId;
        }

        if (sequence is not null)
        {
            properties["streamSequence"] = sequence.Value;
        }

        return new Entity("streaminfo") { Properties = properties };
    }
}
