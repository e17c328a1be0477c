using System.Data.Common;
using System.Globalization;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Knowledge.Versions.Approved;

namespace PolicyBot.Dialogs.ApprovedAnswers;

/// <summary>Approved answers, their state (current, expired, retired) and how often each was shown.</summary>
public sealed class ApprovedAnswerStore(IDatabase database)
{
    private const string Columns = """
        id, question, answer, policy_id, policy_title, section_id, section_path, section_title, section_hash, version,
        approver_id, approver_name, team, approved_at, state, state_reason, state_changed_at, uses, last_used_at, ticket
        """;

    /// <summary>Keeps a new approved answer; returns it with its id.</summary>
    public async Task<ApprovedAnswer> AddAsync(ApprovedAnswer answer, string? ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var (clause, approval) = (answer.Clause, answer.Approval);
        var ids = await Sql.QueryAsync(
            database,
            """
            INSERT INTO approved_answers (question, answer, policy_id, policy_title, section_id, section_path, section_title, section_hash, version,
              approver_id, approver_name, team, approved_at, ticket, state, uses)
            VALUES (@question, @answer, @policy, @title, @section, @path, @sectionTitle, @hash, @version, @approverId, @approverName, @team, @at, @ticket, @state, 0)
            RETURNING id
            """,
            r => Sql.Long(r, 0),
            cancellationToken,
            ("@question", answer.Question),
            ("@answer", answer.Answer),
            ("@policy", clause.PolicyId),
            ("@title", clause.PolicyTitle),
            ("@section", clause.SectionId),
            ("@path", clause.SectionPath),
            ("@sectionTitle", clause.SectionTitle),
            ("@hash", clause.SectionHash),
            ("@version", (long)clause.VersionNumber),
            ("@approverId", approval.ApproverId),
            ("@approverName", approval.ApproverName),
            ("@team", approval.Team),
            ("@at", Sql.Millis(approval.ApprovedAt)),
            ("@ticket", ticket),
            ("@state", answer.State.ToString())).ConfigureAwait(false);
        return answer with { Id = ids.Single().ToString(CultureInfo.InvariantCulture) };
    }

    /// <summary>Every approved answer with its use count, newest first.</summary>
    public async Task<IReadOnlyList<StoredApprovedAnswer>> ListAsync(CancellationToken cancellationToken) =>
        await Sql.QueryAsync(database, $"SELECT {Columns} FROM approved_answers ORDER BY id DESC", Read, cancellationToken).ConfigureAwait(false);

    /// <summary>The answers staff may be shown.</summary>
    public async Task<IReadOnlyList<ApprovedAnswer>> CurrentAsync(CancellationToken cancellationToken) =>
        (await Sql.QueryAsync(database, $"SELECT {Columns} FROM approved_answers WHERE state = @state ORDER BY id", Read, cancellationToken, ("@state", nameof(ApprovedAnswerState.Current))).ConfigureAwait(false))
            .Select(stored => stored.Answer)
            .ToList();

    public async Task<StoredApprovedAnswer?> FindAsync(long id, CancellationToken cancellationToken) =>
        (await Sql.QueryAsync(database, $"SELECT {Columns} FROM approved_answers WHERE id = @id", Read, cancellationToken, ("@id", id)).ConfigureAwait(false)).SingleOrDefault();

    /// <summary>
    /// Writes what a review or the team changed: state and reason, or the clause's new place, only while the
    /// answer is still in state <paramref name="from"/>: two instances reviewing one new version write once.
    /// </summary>
    public async Task<bool> UpdateAsync(ApprovedAnswer answer, ApprovedAnswerState from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var changed = await Sql.ExecuteAsync(
            database,
            """
            UPDATE approved_answers SET state = @state, state_reason = @reason, state_changed_at = @at, section_id = @section, section_path = @path, section_title = @title
            WHERE id = @id AND state = @current
            """,
            cancellationToken,
            ("@state", answer.State.ToString()),
            ("@reason", answer.StateReason),
            ("@at", Sql.Millis(answer.StateChangedAt)),
            ("@section", answer.Clause.SectionId),
            ("@path", answer.Clause.SectionPath),
            ("@title", answer.Clause.SectionTitle),
            ("@id", long.Parse(answer.Id, CultureInfo.InvariantCulture)),
            ("@current", from.ToString())).ConfigureAwait(false);
        return changed == 1;
    }

    /// <summary>Counts one showing of an answer.</summary>
    public Task RecordUseAsync(string id, DateTimeOffset at, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(
            database,
            "UPDATE approved_answers SET uses = uses + 1, last_used_at = @at WHERE id = @id",
            cancellationToken,
            ("@at", Sql.Millis(at)),
            ("@id", long.Parse(id, CultureInfo.InvariantCulture)));

    private static StoredApprovedAnswer Read(DbDataReader r) => new(
        new ApprovedAnswer(
            Sql.Long(r, 0).ToString(CultureInfo.InvariantCulture),
            r.GetString(1),
            r.GetString(2),
            new ClauseReference(r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8), (int)Sql.Long(r, 9)),
            new Approval(r.GetString(10), r.GetString(11), r.GetString(12), Sql.Time(r, 13)),
            Enum.Parse<ApprovedAnswerState>(r.GetString(14)),
            Sql.TextOrNull(r, 15),
            Sql.TimeOrNull(r, 16)),
        (int)Sql.Long(r, 17),
        Sql.TimeOrNull(r, 18),
        Sql.TextOrNull(r, 19));
}
