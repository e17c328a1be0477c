using System.Text.Json;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>Runs an evaluation set through the knowledge base.</summary>
public static class Evaluator
{
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
            if (string.IsNullOrWhiteSpace(evalCase.Question) || (!evalCase.OutOfScope && (evalCase.Sections is null || evalCase.Sections.Count == 0)))
            {
                throw new InvalidDataException($"{path}, line {lineNumber}: a case needs a question and either sections or out_of_scope.");
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
            var cited = answer.Citations.Select(c => c.Section).ToList();
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
            var expected = evalCase.Sections!;
            abstained += answer.Answered ? 0 : 1;
            top1 += cited.Take(1).Any(expected.Contains) ? 1 : 0;
            var inTop3 = cited.Take(3).Any(expected.Contains);
            top3 += inTop3 ? 1 : 0;
            if (!inTop3)
            {
                var got = answer.Answered ? string.Join(" | ", cited) : "handoff";
                misses.Add(new EvalMiss(evalCase.Question, string.Join(" | ", expected), got, answer.Confidence));
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

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
