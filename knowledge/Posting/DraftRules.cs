namespace PolicyBot.Knowledge.Posting;

/// <summary>How the signals found in a draft answer a flow question.</summary>
/// <param name="Rules">Tried in order; the first whose signals are in the draft decides.</param>
/// <param name="Otherwise">The answer when no rule matches, or null to leave the question to the person.</param>
public sealed record DraftRules(IReadOnlyList<DraftRule> Rules, string? Otherwise)
{
    /// <summary>The answer the draft gives, or null when the person must answer.</summary>
    public string? Settle(IReadOnlySet<string> foundKinds)
    {
        ArgumentNullException.ThrowIfNull(foundKinds);
        foreach (var rule in Rules)
        {
            if (rule.Signals.Any(foundKinds.Contains))
            {
                return rule.Answer;
            }
        }

        return Otherwise;
    }
}

/// <summary>If any of these signal kinds is in the draft, the question's answer is <paramref name="Answer"/> (null: ask).</summary>
public sealed record DraftRule(IReadOnlyList<string> Signals, string? Answer);
