namespace PolicyBot.Knowledge.Parsing;

/// <summary>The title lines and document details that come before a policy's first section.</summary>
internal sealed record Preamble(string? Title, string? Kicker, IReadOnlyList<KeyValuePair<string, string>> Fields, int Start)
{
    // Lines such as "Corporate Policy" stacked above a marked title; more than this and they are text, not a series name.
    private const int MaxKickerLines = 2;

    /// <summary>Reads the preamble of a file that marks its headings (Markdown, Word, PDF).</summary>
    public static Preamble ReadMarked(IReadOnlyList<RawBlock> blocks)
    {
        var i = 0;
        var kicker = new List<string>();
        while (i < blocks.Count && kicker.Count < MaxKickerLines && blocks[i].Kind == RawKind.Line
            && HeadingRules.LooksLikeHeading(blocks[i]) && !HeadingRules.TryReadField(blocks[i], out _))
        {
            kicker.Add(blocks[i].Text);
            i++;
        }

        string? title = null;
        if (i < blocks.Count && IsTitle(blocks, i))
        {
            title = blocks[i].Text;
            i++;
        }
        else
        {
            // Lines not followed by a title are the document's opening text.
            i = 0;
            kicker.Clear();
        }

        var fields = new List<KeyValuePair<string, string>>();
        for (; i < blocks.Count && HeadingRules.TryReadField(blocks[i], out var field); i++)
        {
            fields.Add(field);
        }

        return new Preamble(title, kicker.Count > 0 ? string.Join(" ", kicker) : null, fields, i);
    }

    /// <summary>Reads the preamble of a plain-text export, whose headings are inferred from the shape of the text.</summary>
    public static Preamble ReadInferred(IReadOnlyList<RawBlock> blocks)
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
                && HeadingRules.LooksLikeHeading(block)
                && !(headings.Count > 0 && HeadingRules.IsTopLevelName(block.Text));
            if (!isTitleLine)
            {
                break;
            }

            headings.Add((block.Text, i));
        }

        if (headings.Count == 0)
        {
            return new Preamble(null, null, fields, i);
        }

        if (fields.Count > 0)
        {
            // Lines stacked above the document-control block: the last is the title, the rest a series name.
            var kicker = headings.Count > 1 ? string.Join(" ", headings.SkipLast(1).Select(h => h.Text)) : null;
            return new Preamble(headings[^1].Text, kicker, fields, i);
        }

        // With no document-control block the first line is the title and the next heading opens the body.
        return new Preamble(headings[0].Text, null, fields, headings.Count > 1 ? headings[1].Index : i);
    }

    // A marked heading is the document's title when it has a title style, or when it is the only heading at the
    // document's top level and does not name a standard section ("# Purpose" opens a body that has no title).
    private static bool IsTitle(IReadOnlyList<RawBlock> blocks, int index)
    {
        var block = blocks[index];
        if (block.Kind != RawKind.Heading)
        {
            return false;
        }

        if (block.HeadingLevel == 0)
        {
            return true;
        }

        var headings = blocks.Where(b => b.Kind == RawKind.Heading).ToList();
        return headings.Min(b => b.HeadingLevel) == block.HeadingLevel
            && headings.Count(b => b.HeadingLevel == block.HeadingLevel) == 1
            && !HeadingRules.IsTopLevelName(block.Text);
    }
}
