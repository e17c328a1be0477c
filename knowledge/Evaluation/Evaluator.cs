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

    public static EvalReport Run(PolicyKnowledgeBase knowledge, IReadOnlyList<EvalCase> cases)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(cases);
        int inScope = 0, top1 = 0, top3 = 0, abstained = 0, outOfScope = 0, handedOff = 0;
        var misses = new List<EvalMiss>();
        foreach (var evalCase in cases)
        {
            var answer = knowledge.Ask(evalCase.Question);
            var cited = answer.Citations.Select(Describe).ToList();
            if (evalCase.OutOfScope)
            {
                outOfScope++;
                if (!answer.Answered)
                {
                    handedOff++;
                }
                else
                {
                    misses.Add(new EvalMiss(evalCase.Question, "handoff", string.Join(" | ", cited), answer.Confidence));
                }

                continue;
            }

            inScope++;
            abstained += answer.Answered ? 0 : 1;
            top1 += answer.Citations.Take(1).Any(evalCase.IsRight) ? 1 : 0;
            var inTop3 = answer.Citations.Take(3).Any(evalCase.IsRight);
            top3 += inTop3 ? 1 : 0;
            if (!inTop3)
            {
                var got = answer.Answered ? string.Join(" | ", cited) : "handoff";
                misses.Add(new EvalMiss(evalCase.Question, evalCase.Expected(), got, answer.Confidence));
            }
        }

        return new EvalReport(
            inScope,
            outOfScope,
            Ratio(top1, inScope),
            Ratio(top3, inScope),
            Ratio(abstained, inScope),
            Ratio(handedOff, outOfScope),
            misses);
    }

    // A library's citations name their document too; the Social Media sets' misses read as before.
    private static string Describe(Citation citation) =>
        citation.PolicyId == ShippedPolicyId ? citation.Section : $"{citation.PolicyId} > {citation.Section}";

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
