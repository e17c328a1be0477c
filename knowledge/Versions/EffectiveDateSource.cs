namespace PolicyBot.Knowledge.Versions;

/// <summary>Where a version's effective date came from.</summary>
public enum EffectiveDateSource
{
    /// <summary>The document states it ("Effective date: 1 March 2027").</summary>
    Stated,

    /// <summary>The document does not say; the day PolicyBot first loaded this text stands in.</summary>
    FirstSeen,
}
