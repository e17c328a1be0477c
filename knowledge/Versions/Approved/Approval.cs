namespace PolicyBot.Knowledge.Versions.Approved;

/// <summary>Who approved an answer, for which team, and when.</summary>
/// <param name="ApproverId">The approver's Teams user id (or Entra object id).</param>
/// <param name="ApproverName">Their name as Teams gives it.</param>
/// <param name="Team">The team that stands behind the answer, as staff read it: "Communications team", "Integrity Support Team".</param>
/// <param name="ApprovedAt">When they approved it.</param>
public sealed record Approval(string ApproverId, string ApproverName, string Team, DateTimeOffset ApprovedAt);
