using PolicyBot.Knowledge.Posting;

namespace PolicyBot.Dialogs.PostCheck;

/// <summary>One person's "can I post this?" check, as stored between turns.</summary>
/// <param name="Id">A random id the check's cards carry.</param>
/// <param name="OwnerId">The Teams user id of the person checking; only they can answer.</param>
/// <param name="OwnerName">Their display name, for the view others see in shared conversations.</param>
/// <param name="Shared">True when the check runs in a channel or group chat.</param>
/// <param name="Draft">The draft being checked, or null for the questions alone.</param>
/// <param name="Signals">What the draft triggered.</param>
/// <param name="Settled">The answers the draft gave, by question id.</param>
/// <param name="Answers">The person's own answers, in the order given.</param>
/// <param name="UpdatedAt">When it last changed; checks expire after a quiet spell.</param>
/// <param name="ConversationId">Where the check was started, for the once-per-conversation review note.</param>
/// <param name="ReviewNoteDecided">True once the verdict has been drawn and whether it carries the review note decided.</param>
/// <param name="ReviewNote">The review note the verdict carries, or null.</param>
public sealed record PostCheckState(
    string Id,
    string OwnerId,
    string OwnerName,
    bool Shared,
    string? Draft,
    IReadOnlyList<DraftSignal> Signals,
    IReadOnlyDictionary<string, string> Settled,
    IReadOnlyList<GivenAnswer> Answers,
    DateTimeOffset UpdatedAt,
    string? ConversationId = null,
    bool ReviewNoteDecided = false,
    string? ReviewNote = null)
{
    /// <summary>The draft's answers with the person's on top: what the flow walks.</summary>
    public IReadOnlyDictionary<string, string> AllAnswers()
    {
        var all = new Dictionary<string, string>(Settled, StringComparer.Ordinal);
        foreach (var given in Answers)
        {
            all[given.QuestionId] = given.AnswerId;
        }

        return all;
    }
}

/// <summary>An answer the person gave to a question of the flow.</summary>
public sealed record GivenAnswer(string QuestionId, string AnswerId);
