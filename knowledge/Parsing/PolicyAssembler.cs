using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>Turns what a reader took from a file into a <see cref="PolicyDocument"/>: title, details and section tree.</summary>
internal static class PolicyAssembler
{
    public static PolicyDocument Assemble(string id, SourceDocument source)
    {
        var blocks = source.Blocks;
        var preamble = source.MarkedHeadings ? Preamble.ReadMarked(blocks) : Preamble.ReadInferred(blocks);
        var title = preamble.Title ?? source.Title ?? TitleFromId(id);

        // Text before the first heading belongs to the document itself, so it is named after the document rather
        // than a generic "Overview" that every document of a library would then share.
        var sections = source.MarkedHeadings
            ? ReadMarkedSections(blocks, preamble.Start, title)
            : ReadInferredSections(blocks, preamble.Start, title);

        return new PolicyDocument
        {
            Id = id,
            Title = title,
            Kicker = preamble.Kicker,
            Metadata = new PolicyMetadata(MergeFields(source, preamble.Fields)),
            Sections = sections,
        };
    }

    private static List<PolicySection> ReadMarkedSections(IReadOnlyList<RawBlock> blocks, int start, string title)
    {
        var body = blocks.Skip(start).Where(b => b.Kind == RawKind.Heading).Select(b => b.HeadingLevel).DefaultIfEmpty(1);

        // Levels count from the body's own top level: a Word document whose sections are "Heading 2" under a
        // "Heading 1" title, or a Markdown file of "##" sections under a "#" title, both have level-1 sections.
        var top = body.Min();
        var roots = new List<PolicySection>();
        PolicySection? current = null;
        for (var i = start; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == RawKind.Heading)
            {
                current = Open(roots, current, block.Text, Math.Max(1, block.HeadingLevel - top + 1));
                continue;
            }

            current ??= Open(roots, null, title, 1);
            AddBlock(current, blocks, i);
        }

        return roots;
    }

    private static List<PolicySection> ReadInferredSections(IReadOnlyList<RawBlock> blocks, int start, string title)
    {
        var roots = new List<PolicySection>();
        PolicySection? current = null;
        for (var i = start; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (HeadingRules.LooksLikeHeading(block))
            {
                current = Open(roots, current, block.Text, InferLevel(block.Text, current));
                continue;
            }

            current ??= Open(roots, null, title, 1);
            AddBlock(current, blocks, i);
        }

        return roots;
    }

    // Plain-text exports lose heading levels. A reader restores them from the text around each heading:
    // a heading that names a standard top-level section is top level; a heading straight after another
    // heading, or after a sentence ending in a colon that introduces what follows, goes one level down;
    // any other heading is a sibling of the section before it.
    private static int InferLevel(string heading, PolicySection? current)
    {
        if (current is null || HeadingRules.IsTopLevelName(heading))
        {
            return 1;
        }

        var opensSubsections = (current.Blocks.Count == 0 && current.Children.Count == 0)
            || current.Blocks is [.., { Kind: BlockKind.Paragraph } last] && last.Text.EndsWith(':');
        return opensSubsections && current.Children.Count == 0 ? current.Level + 1 : current.Level;
    }

    private static PolicySection Open(List<PolicySection> roots, PolicySection? current, string title, int level)
    {
        var parent = current;
        while (parent is not null && parent.Level >= level)
        {
            parent = parent.Parent;
        }

        var section = new PolicySection(title, parent is null ? 1 : parent.Level + 1, parent);
        (parent?.Children ?? roots).Add(section);
        return section;
    }

    private static void AddBlock(PolicySection section, IReadOnlyList<RawBlock> blocks, int index)
    {
        var block = blocks[index];
        switch (block.Kind)
        {
            case RawKind.TableRow when IsTableHeader(section, blocks, index):
                section.TableHeader = block.Cells;
                break;
            case RawKind.TableRow:
                section.Blocks.Add(PolicyBlock.Row(block.Cells, section.TableHeader));
                break;
            case RawKind.Bullet:
                section.Blocks.Add(PolicyBlock.Bullet(block.Text));
                break;
            default:
                section.Blocks.Add(PolicyBlock.Paragraph(block.Text));
                break;
        }
    }

    // The first row of a table that has rows after it names the columns.
    private static bool IsTableHeader(PolicySection section, IReadOnlyList<RawBlock> blocks, int index) =>
        section.TableHeader.Count == 0
        && (index == 0 || blocks[index - 1].Kind != RawKind.TableRow)
        && index + 1 < blocks.Count
        && blocks[index + 1].Kind == RawKind.TableRow;

    // Front matter comes first, then the details the text states; file properties (author, last modified) only
    // fill in labels the text does not already give.
    private static List<KeyValuePair<string, string>> MergeFields(SourceDocument source, IReadOnlyList<KeyValuePair<string, string>> stated)
    {
        var fields = new List<KeyValuePair<string, string>>(source.LeadingFields);
        fields.AddRange(stated.Where(field => !HasLabel(fields, field.Key)));
        fields.AddRange(source.FileProperties.Where(field => !HasLabel(fields, field.Key)));
        return fields;
    }

    private static bool HasLabel(List<KeyValuePair<string, string>> fields, string label) =>
        fields.Exists(field => string.Equals(field.Key, label, StringComparison.OrdinalIgnoreCase));

    private static string TitleFromId(string id)
    {
        var words = id.Replace('-', ' ').Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
