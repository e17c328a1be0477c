using PolicyBot.Knowledge.Versions;
using PolicyBot.Knowledge.Versions.Approved;

namespace PolicyBot.Knowledge.Tests.Versions.Approved;

/// <summary>Approved answers made against version 1 of the Social Media Policy, for the tests.</summary>
internal static class ApprovedAnswers
{
    // 8 pm UTC on 30 November is 9 am on 1 December in Wellington.
    public static readonly DateTimeOffset ApprovedAt = new(2026, 11, 30, 20, 0, 0, TimeSpan.Zero);

    public static ApprovedAnswer On(PolicyVersion version, string sectionId, string question, string? id = null) => new(
        id ?? sectionId,
        question,
        "Answer for: " + question,
        ClauseReference.In(version, sectionId),
        new Approval("29:comms-mere", "Mere Tane", "Communications team", ApprovedAt));
}
