using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Versions;

/// <summary>One section of a policy version: where it sits, its own text, and the hash of that text.</summary>
/// <param name="Id">The section's id in this version, such as "policy-principles-and-standards/standards/be-safe".</param>
/// <param name="Path">Its heading path, such as "Policy principles and standards > Standards > Be safe".</param>
/// <param name="Title">Its heading.</param>
/// <param name="Level">Its depth, 1 at the top.</param>
/// <param name="Blocks">Its own paragraphs, bullets and table rows (a table's column names first), not its subsections'.</param>
/// <param name="Hash">The section's <see cref="ContentHash"/>: the same for the same words wherever the section moves.</param>
public sealed record SectionVersion(string Id, string Path, string Title, int Level, IReadOnlyList<string> Blocks, string Hash)
{
    /// <summary>The section's own text, one block a line.</summary>
    public string Text => string.Join('\n', Blocks);

    /// <summary>False for a heading that only groups subsections.</summary>
    public bool HasText => Blocks.Count > 0;

    /// <summary>The section as it is in a parsed policy.</summary>
    public static SectionVersion Of(PolicySection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var blocks = new List<string>(section.Blocks.Count + 1);
        if (section.TableHeader.Count > 0)
        {
            blocks.Add(string.Join(" | ", section.TableHeader));
        }

        blocks.AddRange(section.Blocks.Select(block => block.Text));
        return new SectionVersion(section.Id, section.Path, section.Title, section.Level, blocks, ContentHash.Of(section));
    }
}
