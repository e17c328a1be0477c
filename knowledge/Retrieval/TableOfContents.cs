using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Retrieval;

/// <summary>
/// Finds a document's own table of contents: a list whose items name its headings ("- You MUST test your code"
/// above the section of that name). Such a list says nothing the headings do not, but as passages it matches
/// every question about the sections it lists, and its section got cited in their place.
/// </summary>
internal static class TableOfContents
{
    // A list this long that names headings is a contents list; two items naming sections ("Annual Leave",
    // "Award Leave" after "For general uses and vacation, you can use:") are part of an answer.
    private const int MinItems = 3;

    // Share of a list's items that must name a heading: links whose text the writer shortened or respelled
    // ("Lodging/Accommodations" for the heading "Lodging (Accomodations)") still leave it a contents list.
    private const double MinHeadingShare = 0.75;

    /// <summary>The bullets of <paramref name="document"/> that belong to a contents list, by reference.</summary>
    public static IReadOnlySet<PolicyBlock> Items(PolicyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var headings = document.AllSections().Select(section => Key(section.Title)).Where(key => key.Length > 0).ToHashSet(StringComparer.Ordinal);
        var items = new HashSet<PolicyBlock>(ReferenceEqualityComparer.Instance);
        foreach (var section in document.AllSections())
        {
            var start = 0;
            while (start < section.Blocks.Count)
            {
                var end = start;
                while (end < section.Blocks.Count && section.Blocks[end].Kind == BlockKind.Bullet)
                {
                    end++;
                }

                if (end - start >= MinItems && NamesHeadings(section.Blocks, start, end, headings))
                {
                    items.UnionWith(section.Blocks.Skip(start).Take(end - start));
                }

                start = end + 1;
            }
        }

        return items;
    }

    private static bool NamesHeadings(List<PolicyBlock> blocks, int start, int end, HashSet<string> headings)
    {
        var named = 0;
        for (var i = start; i < end; i++)
        {
            named += headings.Contains(Key(blocks[i].Text)) ? 1 : 0;
        }

        return named >= MinHeadingShare * (end - start);
    }

    // Letters and digits only, lower case: a heading "Other Expenses**" and its link text "Other Expenses" agree.
    private static string Key(string text) =>
        new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
