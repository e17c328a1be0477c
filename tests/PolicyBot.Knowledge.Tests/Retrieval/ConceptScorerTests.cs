using PolicyBot.Knowledge.Evaluation;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Tests.Retrieval;

public sealed class ConceptScorerTests
{
    // The fast scorer replaces Lucene's query execution only for speed: on every dev question it must rank
    // the same passages with the same scores as Lucene's IndexSearcher running the equivalent query. The
    // example questions live in a second index of whole sections, so this compares the passage fields alone.
    [Fact]
    public void Search_DevQuestions_MatchesLuceneIndexSearcher()
    {
        var synonyms = SynonymTable.Load(Path.Combine(TestPolicies.KnowledgeFolder, DocumentTuning.SynonymsFolder, "social-media-policy.txt"));
        using var index = new PassageIndex(PassageBuilder.Build(TestPolicies.Knowledge.Documents), synonyms);
        foreach (var evalCase in Evaluator.ReadCases(TestPolicies.TestData("eval-dev.jsonl")))
        {
            var concepts = index.Plan(evalCase.Question);

            var ours = index.Search(concepts, 10);
            var lucene = index.LuceneTop(concepts, 10).ScoreDocs;

            Assert.Equal(lucene.Length, ours.Count);
            var luceneScores = lucene.ToDictionary(hit => hit.Doc, hit => hit.Score);
            for (var i = 0; i < ours.Count; i++)
            {
                Assert.Equal(lucene[i].Score, ours[i].Score, 0.001f);

                // Float rounding may order exact ties differently, and swap which tied passage makes the cut.
                var tiedAtCut = Math.Abs(ours[i].Score - lucene[^1].Score) < 0.001f;
                Assert.True(tiedAtCut || (luceneScores.TryGetValue(ours[i].Passage.Ordinal, out var score) && Math.Abs(score - ours[i].Score) < 0.001f), evalCase.Question);
            }
        }
    }
}
