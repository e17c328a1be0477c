using PolicyBot.Cards;
using PolicyBot.Dialogs.PostCheck;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Dialogs.Answers;

/// <summary>Turns knowledge results into card data.</summary>
internal static class CardMapper
{
    public const string PostCheckHint = "To have a draft checked against the policy, send \u201ccan I post this:\u201d followed by the draft.";

    public static AnswerCardData ToCard(PolicyAnswer answer)
    {
        var policy = answer.Citations.Count > 0 ? answer.Citations[0].Policy : null;
        var citations = answer.Citations.Select((c, i) => new CitationCardData(i + 1, $"{c.Policy} > {c.Section}", c.Quote, c.PolicyId, c.SectionId)).ToList();
        return new AnswerCardData(
            answer.Question,
            answer.Answered ? policy ?? "Policy answer" : "Not covered by the policy",
            answer.Text,
            citations,
            answer.Handoff is null ? null : ToCard(answer.Handoff, answer.Question),
            answer.AskAPerson.To,
            answer.ReviewNote,
            answer.ToPlainText())
        {
            // The document details are not a topic anyone needs to acknowledge.
            ShareSource = answer.Answered ? citations.FirstOrDefault(c => c.SectionId != Slug.Of(PassageBuilder.DocumentDetails)) : null,

            // The policy's text does not settle every post; the check reads the draft itself.
            PostCheckHint = !answer.Answered && PostCheckRequest.IsAboutPosting(answer.Question) ? PostCheckHint : null,
        };
    }

    public static ApprovedAnswerCardData? ToCard(Knowledge.Versions.Approved.ApprovedAnswerReply? approved) =>
        approved is null ? null : new(approved.Label, approved.Answer, approved.ApprovedBy, $"{approved.Clause.Policy} > {approved.Clause.Section}", approved.Clause.Quote);

    public static HandoffCardData ToCard(Handoff handoff, string question) =>
        new(handoff.To, handoff.Name, handoff.Contact, handoff.Reason, handoff.Source, question);

    public static SectionCardData ToCard(PolicyKnowledgeBase knowledge, PolicyDocument document, PolicySection section) =>
        new(
            document.Title,
            section.Path,
            section.Blocks.Where(b => b.Kind != BlockKind.TableRow).Select(b => new SectionText(b.Kind == BlockKind.Bullet ? "- " + b.Text : b.Text)).ToList(),
            section.Blocks.Where(b => b.Kind == BlockKind.TableRow).Select(b => new SectionFact(b.Cells[0], string.Join(" ", b.Cells.Skip(1)))).ToList(),
            section.Children.Count == 0 ? null : string.Join(", ", section.Children.Select(c => c.Title)),
            knowledge.ReviewNote(document.Id));

    /// <summary>The title and document-control fields, shown as the "Document details" section.</summary>
    public static SectionCardData DetailsCard(PolicyKnowledgeBase knowledge, PolicyDocument document) =>
        new(
            document.Title,
            PassageBuilder.DocumentDetails,
            document.Kicker is null ? [] : [new SectionText(document.Kicker)],
            document.Metadata.Fields.Select(f => new SectionFact(f.Key, f.Value)).ToList(),
            null,
            knowledge.ReviewNote(document.Id));
}
