namespace PolicyBot.Knowledge.Answers;

/// <summary>The person or team a question should go to, and why, as the policy says.</summary>
/// <param name="To">"manager", "integrity-support-team" or "communications-team".</param>
/// <param name="Name">How to name them to staff.</param>
/// <param name="Contact">An email address, or empty when there is none.</param>
/// <param name="Reason">Why they are the right people, in the policy's terms.</param>
/// <param name="Source">The policy line that says so.</param>
public sealed record Handoff(string To, string Name, string Contact, string Reason, string Source)
{
    /// <summary>The policy this hand-off is for (the route's, or the document whose owner it names); null for a question no policy covers.</summary>
    public string? PolicyId { get; init; }

    /// <summary>The name as it reads mid-sentence: "your manager", "the Communications team".</summary>
    public string InSentence => Name.StartsWith("your ", StringComparison.Ordinal) ? Name : "the " + Name;
}
