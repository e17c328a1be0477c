namespace PolicyBot.Knowledge.Retrieval;

/// <summary>The unit PolicyBot retrieves and cites: one paragraph, bullet, table row or document field.</summary>
/// <param name="Ordinal">Position in the whole corpus; also the index document number.</param>
/// <param name="PolicyId">File name of the policy without extension.</param>
/// <param name="PolicyTitle">The policy's title, named in every answer.</param>
/// <param name="SectionId">Stable section id, such as "policy-principles-and-standards/standards/be-safe".</param>
/// <param name="SectionPath">Heading path, such as "Policy principles and standards > Standards > Be safe".</param>
/// <param name="Kind">What the passage was in the source.</param>
/// <param name="Text">The passage's words, exactly as the policy has them after cleaning.</param>
public sealed record Passage(
    int Ordinal,
    string PolicyId,
    string PolicyTitle,
    string SectionId,
    string SectionPath,
    PassageKind Kind,
    string Text)
{
    /// <summary>Whether this is the document-details field that only names the policy ("Title: ...").</summary>
    public bool IsTitle => Kind == PassageKind.Field && Text == PassageBuilder.TitleField(PolicyTitle);

    /// <summary>The last heading of the path.</summary>
    public string SectionTitle => SectionPath[(SectionPath.LastIndexOf('>') + 1)..].Trim();
}
