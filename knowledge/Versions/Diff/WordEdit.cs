namespace PolicyBot.Knowledge.Versions.Diff;

/// <summary>One place where a section's wording changed: the words taken out, the words put in, and what kind of change it is.</summary>
/// <param name="Deleted">The old words, as the old version spaces them; empty for an insertion.</param>
/// <param name="Inserted">The new words; empty for a deletion.</param>
/// <param name="Kind">Editorial (spelling, case, punctuation, spacing, formatting) or <see cref="EditKind.Wording"/>.</param>
/// <param name="OldStart">Where the old words start in the old section text (where the new words would go, for an insertion).</param>
/// <param name="OldEnd">Where they end in the old text.</param>
/// <param name="NewStart">Where the new words start in the new section text.</param>
/// <param name="NewEnd">Where they end in the new text.</param>
public sealed record WordEdit(string Deleted, string Inserted, EditKind Kind, int OldStart, int OldEnd, int NewStart, int NewEnd)
{
    public bool IsEditorial => Kind != EditKind.Wording;

    /// <summary>"libelous → libellous", "removed “never”", "added “and Instagram”".</summary>
    public override string ToString() => (Deleted.Length, Inserted.Length) switch
    {
        (0, _) => $"added \u201c{Inserted}\u201d",
        (_, 0) => $"removed \u201c{Deleted}\u201d",
        _ => $"\u201c{Deleted}\u201d \u2192 \u201c{Inserted}\u201d",
    };
}
