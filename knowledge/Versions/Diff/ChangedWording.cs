namespace PolicyBot.Knowledge.Versions.Diff;

/// <summary>A sentence or two as the old version had it and as the new one has it.</summary>
/// <param name="Was">The old wording; empty when the new words were added whole.</param>
/// <param name="Now">The new wording; empty when the old words were removed whole.</param>
public sealed record ChangedWording(string Was, string Now);
