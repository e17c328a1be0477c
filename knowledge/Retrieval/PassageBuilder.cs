using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>Cuts parsed policies into passages.</summary>
public static class PassageBuilder
{
    /// <summary>The section that holds a policy's title and document-control fields.</summary>
    public const string DocumentDetails = "Document details";

    public static IReadOnlyList<Passage> Build(IEnumerable<PolicyDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var passages = new List<Passage>();
        foreach (var document in documents)
        {
            var detailsId = Slug.Of(DocumentDetails);
            Add(passages, document, detailsId, DocumentDetails, PassageKind.Field, TitleField(document.Title));
            foreach (var (label, value) in document.Metadata.Fields)
            {
                Add(passages, document, detailsId, DocumentDetails, PassageKind.Field, $"{label}: {value}");
            }

            // A contents list repeats the headings below it; indexed, it stood in for the sections it names.
            var contents = TableOfContents.Items(document);
            foreach (var section in document.AllSections())
            {
                foreach (var block in section.Blocks.Where(block => !contents.Contains(block)))
                {
                    Add(passages, document, section.Id, section.Path, KindOf(block.Kind), block.Text);
                }
            }
        }

        return passages;
    }

    /// <summary>The field that names a policy, the first of its document details.</summary>
    public static string TitleField(string title) => $"Title: {title}";

    private static void Add(List<Passage> passages, PolicyDocument document, string sectionId, string path, PassageKind kind, string text) =>
        passages.Add(new Passage(passages.Count, document.Id, document.Title, sectionId, path, kind, text));

    private static PassageKind KindOf(BlockKind kind) => kind switch
    {
        BlockKind.Bullet => PassageKind.Bullet,
        BlockKind.TableRow => PassageKind.TableRow,
        _ => PassageKind.Paragraph,
    };
}
