namespace PolicyBot.Knowledge.Versions.Diff;

/// <summary>What one edit within a section changed. Every kind but <see cref="Wording"/> is editorial.</summary>
public enum EditKind
{
    /// <summary>Words added, removed or replaced: something a reader may need to re-learn.</summary>
    Wording,

    /// <summary>A misspelt word corrected ("libellous" for "libelous"): one or two letters of a long word.</summary>
    Spelling,

    /// <summary>Only capital letters changed ("YouTube" for "Youtube").</summary>
    Case,

    /// <summary>Only punctuation changed: commas, apostrophes, hyphens, quotes.</summary>
    Punctuation,

    /// <summary>Only spacing changed ("can not" for "cannot").</summary>
    Whitespace,

    /// <summary>Only markup or layout changed: emphasis marks, a paragraph split into bullets.</summary>
    Formatting,
}
