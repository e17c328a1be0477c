using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>Parses a policy's text into a <see cref="PolicyDocument"/>.</summary>
public static class PolicyParser
{
    private const string UntitledSection = "Overview";

    public static PolicyDocument Parse(string id, string text, PolicyFormat format)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);

        var markdown = format == PolicyFormat.Markdown;
        var blocks = BlockReader.Read(text, markdown);
        var (title, kicker, fields, start) = ReadPreamble(blocks, markdown);
        var sections = ReadSections(blocks, start, markdown);

        return new PolicyDocument
        {
            Id = id,
            Title = title ?? TitleFromId(id),
            Kicker = kicker,
            Metadata = new PolicyMetadata(fields),
            Sections = sections,
        };
    }

    // The preamble is the title lines and the document-control fields that come before the first section.
    private static (string? Title, string? Kicker, List<KeyValuePair<string, string>> Fields, int Start) ReadPreamble(
        List<RawBlock> blocks, bool markdown)
    {
        var headings = new List<(string Text, int Index)>();
        var fields = new List<KeyValuePair<string, string>>();
        var i = 0;
        for (; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (HeadingRules.TryReadField(block, out var field))
            {
                fields.Add(field);
                continue;
            }

            var isTitleLine = fields.Count == 0
                && (markdown ? block is { Kind: RawKind.Heading, HeadingLevel: 1 } : HeadingRules.LooksLikeHeading(block))
                && !(headings.Count > 0 && HeadingRules.IsTopLevelName(block.Text));
            if (!isTitleLine)
            {
                break;
            }

            headings.Add((block.Text, i));
        }

        if (headings.Count == 0)
        {
            return (null, null, fields, i);
        }

        if (fields.Count > 0)
        {
            // Lines stacked above the document-control block: the last is the title, the rest a series name.
            var kicker = headings.Count > 1 ? string.Join(" ", headings.SkipLast(1).Select(h => h.Text)) : null;
            return (headings[^1].Text, kicker, fields, i);
        }

        // With no document-control block the first line is the title and the next heading opens the body.
        return (headings[0].Text, null, fields, headings.Count > 1 ? headings[1].Index : i);
    }

    private static List<PolicySection> ReadSections(List<RawBlock> blocks, int start, bool markdown)
    {
        var roots = new List<PolicySection>();
        PolicySection? current = null;

        for (var i = start; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var isHeading = markdown ? block.Kind == RawKind.Heading : HeadingRules.LooksLikeHeading(block);
            if (isHeading)
            {
                var level = markdown ? Math.Max(1, block.HeadingLevel - 1) : InferLevel(block.Text, current);
                current = Open(roots, current, block.Text, level);
                continue;
            }

            current ??= Open(roots, null, UntitledSection, 1);
            AddBlock(current, block, blocks, i);
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

    private static void AddBlock(PolicySection section, RawBlock block, List<RawBlock> blocks, int index)
    {
        switch (block.Kind)
        {
            case RawKind.TableRow when IsTableHeader(section, blocks, index):
                section.TableHeader = block.Cells;
                break;
            case RawKind.TableRow:
                section.Blocks.Add(PolicyBlock.Row(block.Cells));
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
    private static bool IsTableHeader(PolicySection section, List<RawBlock> blocks, int index) =>
        section.TableHeader.Count == 0
        && (index == 0 || blocks[index - 1].Kind != RawKind.TableRow)
        && index + 1 < blocks.Count
        && blocks[index + 1].Kind == RawKind.TableRow;

    private static string TitleFromId(string id)
    {
        var words = id.Replace('-', ' ').Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
