using System.Text.Json;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// Writes what the bot did with every case, one JSON line each (<c>eval ... --dump FILE</c>): the answer, its
/// confidence, its citations with their sections' whole text, and the text of the sections the case expects,
/// for checking offline an idea that reads the answer's text.
/// </summary>
public static class CaseDump
{
    public static void Write(PolicyKnowledgeBase knowledge, IEnumerable<(string Set, EvalCase Case)> cases, string path)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(cases);
        var passages = knowledge.Index.Passages;
        var sectionText = passages.GroupBy(p => (p.PolicyId, p.SectionId))
            .ToDictionary(g => g.Key, g => string.Join("\n", g.Select(p => p.Text)));
        using var writer = new StreamWriter(path);
        foreach (var (set, evalCase) in cases)
        {
            var answer = knowledge.Ask(evalCase.Question);
            var expected = evalCase.OutOfScope
                ? []
                : passages.Where(p => evalCase.IsRight(new Citation(p.PolicyTitle, p.PolicyId, p.SectionPath, p.SectionId, p.Text)))
                    .Select(p => (p.PolicyId, p.SectionId)).Distinct().Select(key => sectionText[key]).ToList();
            var line = new
            {
                set,
                question = evalCase.Question,
                out_of_scope = evalCase.OutOfScope,
                answered = answer.Answered,
                confidence = answer.Confidence,
                top1 = !evalCase.OutOfScope && answer.Citations.Take(1).Any(evalCase.IsRight),
                citations = answer.Citations.Select(c => new
                {
                    policy = c.PolicyId,
                    section = c.Section,
                    quote = c.Quote,
                    section_text = sectionText.GetValueOrDefault((c.PolicyId, c.SectionId), string.Empty),
                }),
                expected_texts = expected,
            };
            writer.WriteLine(JsonSerializer.Serialize(line));
        }
    }
}
