using PolicyBot.Knowledge.Versions.Diff;

namespace PolicyBot.Knowledge.Versions;

/// <summary>One section of a "what changed" answer: where it is, how it changed, and its old and new wording.</summary>
/// <param name="Change">The section's change, with its word diff for a card to draw.</param>
/// <param name="Wording">The changed sentences, old and new (the whole text when added or removed).</param>
public sealed record ChangedSection(SectionChange Change, IReadOnlyList<ChangedWording> Wording)
{
    /// <summary>The section's heading path now (or when removed).</summary>
    public string Path => Change.Path;

    /// <summary>Its heading path before, when it was renamed or moved; else null.</summary>
    public string? OldPath => Change.IsRenamed ? Change.Old!.Path : null;

    /// <summary>"Added", "Removed", "Reworded", "Renamed and reworded", "Renamed".</summary>
    public string Heading => (Change.Kind, Change.IsRenamed) switch
    {
        (ChangeKind.Added, _) => "Added",
        (ChangeKind.Removed, _) => "Removed",
        (ChangeKind.Reworded, true) => "Renamed and reworded",
        (ChangeKind.Reworded, false) => "Reworded",
        _ => "Renamed",
    };

    /// <summary>For an editorial change, what it was in a few words: "“Youtube” → “YouTube” (case)".</summary>
    public string EditorialSummary
    {
        get
        {
            if (Change.Kind == ChangeKind.Moved)
            {
                return $"renamed from \u201c{Change.Old!.Title}\u201d, same words";
            }

            var kinds = string.Join(", ", Change.EditKinds.Select(kind => kind.ToString().ToLowerInvariant()));
            return Change.Words.Edits.Count == 0
                ? $"same words laid out anew ({kinds})"
                : $"{string.Join("; ", Change.Words.Edits.Select(edit => edit.ToString()))} ({kinds})";
        }
    }
}
