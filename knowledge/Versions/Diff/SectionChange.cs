namespace PolicyBot.Knowledge.Versions.Diff;

/// <summary>One section that differs between two versions of a policy.</summary>
/// <param name="Kind">Added, removed, reworded or moved.</param>
/// <param name="Old">The section in the old version; null when added.</param>
/// <param name="New">The section in the new version; null when removed.</param>
/// <param name="Words">The word-level diff of the section's own text; empty when added, removed or moved.</param>
/// <param name="Significance">Editorial or substantive.</param>
public sealed record SectionChange(ChangeKind Kind, SectionVersion? Old, SectionVersion? New, WordDiff Words, ChangeSignificance Significance)
{
    /// <summary>The section's heading path now, or as it was when removed.</summary>
    public string Path => New?.Path ?? Old!.Path;

    /// <summary>The section's id now, or as it was when removed.</summary>
    public string Id => New?.Id ?? Old!.Id;

    /// <summary>True when the section is in both versions under different headings or places.</summary>
    public bool IsRenamed => Old is not null && New is not null && Old.Path != New.Path;

    public bool IsSubstantive => Significance == ChangeSignificance.Substantive;

    /// <summary>
    /// The kinds of the section's edits, each once: what an editorial change consisted of. Text that differs
    /// with the same words in the same order was laid out anew (a paragraph split, a line joined): formatting.
    /// </summary>
    public IReadOnlyList<EditKind> EditKinds => Kind == ChangeKind.Reworded && Words.Edits.Count == 0
        ? [EditKind.Formatting]
        : Words.Edits.Select(edit => edit.Kind).Distinct().ToList();
}
