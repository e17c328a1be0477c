using System.Text.Json;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>Runs an evaluation set through the knowledge base.</summary>
public static class Evaluator
{
    private const string ShippedPolicyId = "social-media-policy";

    public static IReadOnlyList<EvalCase> ReadCases(string path)
    {
        var cases = new List<EvalCase>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var evalCase = JsonSerializer.Deserialize<EvalCase>(line)
                ?? throw new InvalidDataException($"{path}, line {lineNumber}: empty case.");
            if (string.IsNullOrWhiteSpace(evalCase.Question) || (!evalCase.OutOfScope && !evalCase.HasExpected))
            {
                throw new InvalidDataException($"{path}, line {lineNumber}: a case needs a question and either sections, answers or out_of_scope.");
            }

            cases.Add(evalCase);
        }

        return cases;
    }

    public static EvalReport Run(PolicyKnowledgeBase knowledge, IReadOnlyList<EvalCase> cases) => EvalReport.Of(Outcomes(knowledge, cases));

    /// <summary>What the knowledge base does with each case, in order.</summary>
    public static IReadOnlyList<EvalOutcome> Outcomes(PolicyKnowledgeBase knowledge, IReadOnlyList<EvalCase> cases)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(cases);
        return cases
            .Select(evalCase => (Case: evalCase, Answer: knowledge.Ask(evalCase.Question)))
            .Select(x => new EvalOutcome(
                x.Case,
                x.Answer.Answered,
                x.Answer.Confidence,
                string.Join(" | ", x.Answer.Citations.Select(Describe)),
                !x.Case.OutOfScope && x.Answer.Citations.Take(1).Any(x.Case.IsRight),
                !x.Case.OutOfScope && x.Answer.Citations.Take(3).Any(x.Case.IsRight))
            {
                RightSupporting = x.Case.OutOfScope ? 0 : Supporting(x.Answer).Count(x.Case.IsRight),
                WrongSupporting = !x.Case.OutOfScope && Supporting(x.Answer).Any(citation => !x.Case.IsRight(citation)),
                HandoffPolicy = x.Answer.Handoff?.PolicyId,
            })
            .ToList();
    }

    // The citations after the first, among the three a user sees first: the sources offered in support.
    private static IEnumerable<Citation> Supporting(PolicyAnswer answer) => answer.Citations.Take(3).Skip(1);

    // A library's citations name their document too; the Social Media sets' misses read as before.
    private static string Describe(Citation citation) =>
        citation.PolicyId == ShippedPolicyId ? citation.Section : $"{citation.PolicyId} > {citation.Section}";
}
