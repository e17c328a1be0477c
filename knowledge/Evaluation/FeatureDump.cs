using System.Text.Json;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// Writes every candidate passage of every question with its features and whether its section is right, one
/// JSON line per question (<c>eval ... --features FILE</c>): for trying ranking and confidence models offline.
/// A library set's candidates are those of its own documents and the tuned policies (<see cref="LibraryScope"/>),
/// as the fits see them; its best candidate also carries the word-alignment measures of <see cref="AlignmentProbe"/>,
/// and its three best those of a second sentence model (<see cref="ArcticProbe"/>) when that model is beside the binaries.
/// </summary>
public static class FeatureDump
{
    public static void Write(PolicyKnowledgeBase knowledge, IEnumerable<(string Set, EvalCase Case)> cases, string path)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(cases);
        var probe = knowledge.Index.IsSemantic ? new AlignmentProbe(knowledge.Index) : null;
        var arctic = ArcticProbe.For(knowledge);
        using var writer = new StreamWriter(path);
        foreach (var set in cases.GroupBy(c => c.Set))
        {
            var documents = LibraryScope.Of(set.Select(c => c.Case).ToList());
            var scope = documents is null ? null : LibraryScope.WithTuned(documents, knowledge);
            foreach (var (_, evalCase) in set)
            {
                var hits = knowledge.Index.Search(evalCase.Question, 1000)
                    .Where(hit => scope is not null ? LibraryScope.Admits(scope, hit) : !evalCase.OutOfScope || hit.Tuned)
                    .ToList();
                var question = scope is null || arctic is null || hits.Count == 0 ? default : arctic.Question(evalCase.Question);
                var line = new
                {
                    set = set.Key,
                    question = evalCase.Question,
                    out_of_scope = evalCase.OutOfScope,
                    align = scope is null || probe is null || hits.Count == 0 ? null : probe.Features(evalCase.Question, hits[0]).Select(f => Math.Round(f, 4)),
                    arctic = question.Prefixed is null ? null : hits.Take(3).Select(hit => arctic!.Features(question, hit).Select(f => Math.Round(f, 4))),
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
        }

        writer.Flush();
    }
}
