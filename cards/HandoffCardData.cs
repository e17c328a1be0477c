namespace PolicyBot.Cards;

/// <summary>Who a question should go to, why, and the policy line that says so; Subject is the mail link's subject.</summary>
public sealed record HandoffCardData(string To, string Name, string Contact, string Reason, string Source, UserText Question, string Subject = "A question")
{
    /// <summary>A mail link with the question filled in, or null when there is no address.</summary>
    public string? Mailto => Contact.Contains('@', StringComparison.Ordinal)
        ? $"mailto:{Contact}?subject={Uri.EscapeDataString(Subject)}&body={Uri.EscapeDataString(Question.Value ?? string.Empty)}"
        : null;

    public string FallbackText => $"Ask a person: {Name}{(Contact.Length > 0 ? $" ({Contact})" : string.Empty)}. {Reason}";
}
