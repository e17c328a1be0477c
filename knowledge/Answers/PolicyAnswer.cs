namespace PolicyBot.Knowledge.Answers;

/// <summary>What PolicyBot says to a question: an answer quoted from the policy, or a handoff.</summary>
public sealed record PolicyAnswer
{
    public required string Question { get; init; }

    /// <summary>False when the policy does not cover the question and the bot offers a person instead.</summary>
    public required bool Answered { get; init; }

    /// <summary>A short answer made of the policy's own words.</summary>
    public required string Text { get; init; }

    /// <summary>Calibrated probability (0..1) that the cited sections answer the question.</summary>
    public required double Confidence { get; init; }

    public required IReadOnlyList<Citation> Citations { get; init; }

    /// <summary>Who to ask: set when the bot could not answer; null when it could.</summary>
    public Handoff? Handoff { get; init; }

    /// <summary>Who "Ask a person" goes to for this question, answered or not.</summary>
    public required Handoff AskAPerson { get; init; }

    /// <summary>A short note when a cited policy is past its review date, or null.</summary>
    public string? ReviewNote { get; init; }

    /// <summary>The answer as plain text: answer, sources and review note.</summary>
    public string ToPlainText()
    {
        var lines = new List<string> { Text };
        if (Citations.Count > 0)
        {
            lines.Add(string.Empty);
            lines.Add("Sources:");
            lines.AddRange(Citations.Select((c, i) => $"[{i + 1}] {c.Policy} > {c.Section}: \"{c.Quote}\""));
        }

        if (Handoff is not null)
        {
            lines.Add(string.Empty);
            // A hand-off's text already gives the reason; saying it twice reads like a glitch.
            var reason = Text.Contains(Handoff.Reason, StringComparison.Ordinal) ? string.Empty : " " + Handoff.Reason;
            lines.Add($"Ask a person: {Handoff.Name}{(Handoff.Contact.Length > 0 ? $" ({Handoff.Contact})" : string.Empty)}.{reason}");
        }

        if (ReviewNote is not null)
        {
            lines.Add(string.Empty);
            lines.Add(ReviewNote);
        }

        return string.Join(Environment.NewLine, lines);
    }
}
