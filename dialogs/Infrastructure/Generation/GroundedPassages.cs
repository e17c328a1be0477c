using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Dialogs.Infrastructure.Generation;

/// <summary>The passages the model may see: the extractive answer's sources first, then the next best hits.</summary>
internal static class GroundedPassages
{
    public static IReadOnlyList<Citation> For(PolicyKnowledgeBase knowledge, string text, IEnumerable<Citation> first, int max)
    {
        var hits = knowledge.Index.Search(text, max * 2)
            .Select(hit => new Citation(hit.Passage.PolicyTitle, hit.Passage.PolicyId, hit.Passage.SectionPath, hit.Passage.SectionId, hit.Passage.Text));
        return first.Concat(hits)
            .DistinctBy(c => (c.PolicyId, c.SectionId, c.Quote))
            .Take(Math.Max(1, max))
            .ToList();
    }
}
