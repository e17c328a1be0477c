using System.Text;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>What PolicyBot already said about a question, to prefill the escalation with.</summary>
internal static class EscalationContext
{
    public static string Describe(PolicyAnswer answer)
    {
        var text = new StringBuilder();
        text.Append("\n\nPolicyBot's answer: ").Append(answer.Answered ? answer.Text : "none; the policy didn't cover it.");
        foreach (var citation in answer.Citations)
        {
            text.Append("\nCited: ").Append(citation.Policy).Append(" > ").Append(citation.Section);
        }

        return text.ToString();
    }
}
