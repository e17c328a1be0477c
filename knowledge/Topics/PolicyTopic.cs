namespace PolicyBot.Knowledge.Topics;

/// <summary>A part of a policy worth putting on a card of its own: a section's key sentences, or the policy at a glance.</summary>
/// <param name="PolicyId">The policy it comes from.</param>
/// <param name="PolicyTitle">That policy's title.</param>
/// <param name="TopicId">The section id, or <see cref="TopicCatalog.GlanceId"/> for the policy at a glance.</param>
/// <param name="Title">The heading to show.</param>
/// <param name="Intro">A sentence to show above the points, or null.</param>
/// <param name="Points">The key sentences, each with an optional title (a subsection's).</param>
/// <param name="Hash">A hash of the policy text the topic stands for, to tell when it has changed.</param>
public sealed record PolicyTopic(
    string PolicyId,
    string PolicyTitle,
    string TopicId,
    string Title,
    string? Intro,
    IReadOnlyList<TopicPoint> Points,
    string Hash)
{
    public bool IsGlance => TopicId == TopicCatalog.GlanceId;
}

/// <summary>One point of a topic: a sentence from the policy, under a subsection title when it summarises one.</summary>
public sealed record TopicPoint(string? Title, string Text);
