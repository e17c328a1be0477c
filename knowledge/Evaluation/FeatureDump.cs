using System.Text.Json;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// Writes every candidate passage of every question with its features and whether its section is right, one
/// JSON line per question (<c>eval ... --features FILE</c>): for trying ranking and confidence models offline.
/// </summary>
public static class FeatureDump
{
    public static void Write(PolicyKnowledgeBase knowledge, IEnumerable<(string Set, EvalCase Case)> cases, string path)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(cases);
        using var writer = new StreamWriter(path);
        foreach (var (set, evalCase) in cases)
        {
            var hits = knowledge.Index.Search(evalCase.Question, 1000);
            var line = new
            {
                set,
                question = evalCase.Question,
                out_of_scope = evalCase.OutOfScope,
                hits = hits.Select(hit => new
                {
                    policy = hit.Passage.PolicyId,
                    section = hit.Passage.SectionId,
                    ordinal = hit.Passage.Ordinal,
                    right = !evalCase.OutOfScope && evalCase.IsRight(new Citation(hit.Passage.PolicyTitle, hit.Passage.PolicyId, hit.Passage.SectionPath, hit.Passage.SectionId, hit.Passage.Text)),
                    features = ConfidenceModel.Features(hit).Select(f => Math.Round(f, 4)),
                }),
            };
            writer.WriteLine(JsonSerializer.Serialize(line));
        }

        writer.Flush();
    }
}
