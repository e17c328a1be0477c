using System.Security.Cryptography;
using System.Text;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Topics;

/// <summary>Finds topics in the loaded policies: by search, the main ones, by id, and each policy at a glance.</summary>
public static class TopicCatalog
{
    /// <summary>The topic id of a policy's summary of its standards.</summary>
    public const string GlanceId = "at-a-glance";

    /// <summary>The section whose subsections are a policy's standards.</summary>
    public const string StandardsTitle = "Standards";

    private const int MaxKeySentences = 3;
    private const int LongBlock = 280;

    /// <summary>The sections that best match a search, best first, at most <paramref name="count"/>.</summary>
    public static IReadOnlyList<PolicyTopic> Search(PolicyKnowledgeBase knowledge, string query, int count)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var details = Slug.Of(PassageBuilder.DocumentDetails);

        // The sections an answer would cite come first (they are ranked as whole sections), then the other matches.
        var cited = knowledge.Ask(query).Citations.Select(c => (c.PolicyId, c.SectionId));
        var matched = knowledge.Index.Search(query, count * 4).Select(hit => (hit.Passage.PolicyId, hit.Passage.SectionId));
        return cited.Concat(matched)
            .Where(section => section.SectionId != details)
            .Distinct()
            .Select(section => Find(knowledge, section.PolicyId, section.SectionId))
            .OfType<PolicyTopic>()
            .Take(count)
            .ToList();
    }

    /// <summary>What to offer before anything is typed: each policy at a glance, its standards, then its other sections.</summary>
    public static IReadOnlyList<PolicyTopic> Main(PolicyKnowledgeBase knowledge, int count)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var topics = new List<PolicyTopic>();
        foreach (var document in knowledge.Documents)
        {
            var standards = Standards(document);
            if (standards is not null)
            {
                topics.Add(Glance(document, standards));
                topics.AddRange(standards.Children.Select(child => Of(document, child)));
            }

            topics.AddRange(document.AllSections()
                .Where(section => section.Level == 1 && section.Blocks.Count > 0 && section != standards)
                .Select(section => Of(document, section)));
        }

        return topics.Take(count).ToList();
    }

    /// <summary>The topic with this id in this policy, or null when the policy or section is gone.</summary>
    public static PolicyTopic? Find(PolicyKnowledgeBase knowledge, string policyId, string topicId)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var document = knowledge.FindPolicy(policyId);
        if (document is null)
        {
            return null;
        }

        if (topicId == GlanceId)
        {
            return Standards(document) is { } standards ? Glance(document, standards) : null;
        }

        return document.FindSection(topicId) is { } section ? Of(document, section) : null;
    }

    /// <summary>A policy's standards, each with its first sentence; null when the policy has no Standards section.</summary>
    public static PolicyTopic? Glance(PolicyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Standards(document) is { } standards ? Glance(document, standards) : null;
    }

    /// <summary>The section a topic stands for, with everything below it: the Standards section for the policy at a glance.</summary>
    public static string? SectionOf(PolicyDocument document, string topicId)
    {
        ArgumentNullException.ThrowIfNull(document);
        return topicId == GlanceId ? Standards(document)?.Id : topicId;
    }

    private static PolicySection? Standards(PolicyDocument document) =>
        document.AllSections().FirstOrDefault(section => string.Equals(section.Title, StandardsTitle, StringComparison.OrdinalIgnoreCase) && section.Children.Count > 0);

    private static PolicyTopic Glance(PolicyDocument document, PolicySection standards) => new(
        document.Id,
        document.Title,
        GlanceId,
        $"{document.Title} at a glance",
        standards.Blocks.Count > 0 ? Sentences.First(standards.Blocks[0].Text) : null,
        standards.Children.Select(child => new TopicPoint(child.Title, FirstSentence(child))).ToList(),
        Hash(standards));

    private static PolicyTopic Of(PolicyDocument document, PolicySection section)
    {
        var points = section.Blocks.Count > 0
            ? section.Blocks.Take(MaxKeySentences).Select(block => new TopicPoint(null, block.Text.Length > LongBlock ? Sentences.First(block.Text, 2) : block.Text)).ToList()
            : section.Children.Select(child => new TopicPoint(child.Title, FirstSentence(child))).ToList();
        return new PolicyTopic(document.Id, document.Title, section.Id, section.Title, null, points, Hash(section));
    }

    private static string FirstSentence(PolicySection section) =>
        section.SelfAndDescendants().SelectMany(s => s.Blocks).FirstOrDefault() is { } block ? Sentences.First(block.Text) : string.Empty;

    // Over the section's whole text, subsections included: any edit a reader could notice changes it.
    private static string Hash(PolicySection section)
    {
        var text = new StringBuilder();
        foreach (var part in section.SelfAndDescendants())
        {
            text.Append(part.Path).Append('\n');
            foreach (var block in part.Blocks)
            {
                text.Append(block.Text).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
