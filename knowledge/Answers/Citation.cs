namespace PolicyBot.Knowledge.Answers;

/// <summary>A quoted passage an answer relied on.</summary>
/// <param name="Policy">The policy's title.</param>
/// <param name="PolicyId">The policy's id (its file name).</param>
/// <param name="Section">The heading path of the section quoted.</param>
/// <param name="SectionId">The section's stable id.</param>
/// <param name="Quote">The passage, word for word.</param>
public sealed record Citation(string Policy, string PolicyId, string Section, string SectionId, string Quote);
