using System.Text.Json;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Knowledge.Versions;

namespace PolicyBot.Dialogs.Versions;

/// <summary>Every version of every policy PolicyBot has loaded, each text kept once by its content hash.</summary>
public sealed class PolicyVersionStore(IDatabase database)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string Select = """
        SELECT v.policy_id, v.number, v.hash, v.effective_on, v.effective_stated, v.first_seen, t.title, t.sections
        FROM policy_versions v JOIN policy_texts t ON t.hash = v.hash
        """;

    /// <summary>Every policy's versions, oldest first, by policy id.</summary>
    public async Task<IReadOnlyDictionary<string, PolicyHistory>> HistoriesAsync(CancellationToken cancellationToken)
    {
        var versions = await Sql.QueryAsync(database, Select + " ORDER BY v.policy_id, v.number", Read, cancellationToken).ConfigureAwait(false);
        return versions.GroupBy(v => v.PolicyId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new PolicyHistory(g), StringComparer.Ordinal);
    }

    /// <summary>One policy's versions, oldest first (none when it was never loaded).</summary>
    public async Task<PolicyHistory> HistoryAsync(string policyId, CancellationToken cancellationToken) =>
        new(await Sql.QueryAsync(database, Select + " WHERE v.policy_id = @policy ORDER BY v.number", Read, cancellationToken, ("@policy", policyId)).ConfigureAwait(false));

    /// <summary>Keeps a version; false when its number is already taken (another instance recorded it first).</summary>
    public async Task<bool> AddAsync(PolicyVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var sections = version.Sections.Select(s => new StoredSection(s.Id, s.Path, s.Title, s.Level, s.Blocks, s.Hash)).ToList();
                await Sql.ExecuteAsync(
                    connection,
                    transaction,
                    "INSERT INTO policy_texts (hash, title, sections) VALUES (@hash, @title, @sections) ON CONFLICT (hash) DO NOTHING",
                    cancellationToken,
                    ("@hash", version.Hash),
                    ("@title", version.Title),
                    ("@sections", JsonSerializer.Serialize(sections, Json))).ConfigureAwait(false);
                var added = await Sql.ExecuteAsync(
                    connection,
                    transaction,
                    """
                    INSERT INTO policy_versions (policy_id, number, hash, effective_on, effective_stated, first_seen)
                    VALUES (@policy, @number, @hash, @effective, @stated, @seen)
                    ON CONFLICT (policy_id, number) DO NOTHING
                    """,
                    cancellationToken,
                    ("@policy", version.PolicyId),
                    ("@number", (long)version.Number),
                    ("@hash", version.Hash),
                    ("@effective", Sql.Millis(new DateTimeOffset(version.EffectiveDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))),
                    ("@stated", Sql.Flag(version.EffectiveFrom == EffectiveDateSource.Stated)),
                    ("@seen", Sql.Millis(version.FirstSeen))).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return added == 1;
            }
        }
    }

    /// <summary>Marks a version as needing no re-acknowledgement; marking it again keeps the first.</summary>
    public Task WaiveAsync(ReacknowledgementWaiver waiver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(waiver);
        return Sql.ExecuteAsync(
            database,
            "INSERT INTO reacknowledgement_waivers (policy_id, version, waived_by_id, waived_by_name, at) VALUES (@policy, @version, @id, @name, @at) ON CONFLICT (policy_id, version) DO NOTHING",
            cancellationToken,
            ("@policy", waiver.PolicyId),
            ("@version", (long)waiver.Version),
            ("@id", waiver.ById),
            ("@name", waiver.ByName),
            ("@at", Sql.Millis(waiver.At)));
    }

    /// <summary>The versions of a policy marked as needing no re-acknowledgement.</summary>
    public async Task<IReadOnlyList<ReacknowledgementWaiver>> WaiversAsync(string policyId, CancellationToken cancellationToken) =>
        await Sql.QueryAsync(
            database,
            "SELECT policy_id, version, waived_by_id, waived_by_name, at FROM reacknowledgement_waivers WHERE policy_id = @policy ORDER BY version",
            r => new ReacknowledgementWaiver(r.GetString(0), (int)Sql.Long(r, 1), r.GetString(2), r.GetString(3), Sql.Time(r, 4)),
            cancellationToken,
            ("@policy", policyId)).ConfigureAwait(false);

    private static PolicyVersion Read(System.Data.Common.DbDataReader r)
    {
        var sections = JsonSerializer.Deserialize<List<StoredSection>>(r.GetString(7), Json) ?? [];
        return new PolicyVersion(
            r.GetString(0),
            r.GetString(6),
            (int)Sql.Long(r, 1),
            r.GetString(2),
            DateOnly.FromDateTime(Sql.Time(r, 3).UtcDateTime),
            Sql.Flag(r, 4) ? EffectiveDateSource.Stated : EffectiveDateSource.FirstSeen,
            Sql.Time(r, 5),
            sections.Select(s => new SectionVersion(s.Id, s.Path, s.Title, s.Level, s.Blocks, s.Hash)).ToList());
    }

    private sealed record StoredSection(string Id, string Path, string Title, int Level, IReadOnlyList<string> Blocks, string Hash);
}
