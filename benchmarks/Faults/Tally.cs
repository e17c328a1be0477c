using System.Collections.Concurrent;
using System.Globalization;

namespace PolicyBot.Benchmarks.Faults;

/// <summary>
/// What staff were told and what reached Teams and the mailbox: every reference PolicyBot confirmed must arrive
/// once, as a ticket card (Communications) or an email (Integrity's mailbox).
/// </summary>
internal sealed class Tally
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _questions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Route, DateTime At)> _references = new(StringComparer.Ordinal);
    private int _retries;

    public int ConfirmedCount => _references.Count;

    public int Retries => _retries;

    /// <summary>Questions that were given two different references: one question, two escalations.</summary>
    public int SplitQuestions => _questions.Values.Count(references => references.Count > 1);

    public IReadOnlyDictionary<string, (string Route, DateTime At)> References => _references;

    public void Confirmed(string question, string reference, string route)
    {
        _questions.GetOrAdd(question, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal)).TryAdd(reference, 0);
        _references.TryAdd(reference, (route, DateTime.UtcNow));
    }

    public void Retried() => Interlocked.Increment(ref _retries);

    /// <summary>References confirmed but not (yet) delivered.</summary>
    public List<string> Missing(TeamsStandIn teams, SmtpStandIn mail) =>
        _references.Where(pair => pair.Value.Route == "communications-team" ? !teams.Cards.ContainsKey(pair.Key) : !Emailed(mail).Contains(pair.Key)).Select(pair => pair.Key).ToList();

    /// <summary>Waits until every confirmed reference has arrived, or the time is up; returns what is still missing.</summary>
    public async Task<List<string>> DrainAsync(TeamsStandIn teams, SmtpStandIn mail, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        List<string> missing;
        while ((missing = Missing(teams, mail)).Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        return missing;
    }

    public static HashSet<string> Emailed(SmtpStandIn mail) =>
        mail.Received.Keys.Select(id => id.Split('.')[0].ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>Emails for one reference under more than one Message-Id (a second escalation mailed, not a resend).</summary>
    public static int EmailsUnderTwoIds(SmtpStandIn mail) =>
        mail.Received.Keys.GroupBy(id => id.Split('.')[0], StringComparer.Ordinal).Count(group => group.Count() > 1);

    public string Describe(TeamsStandIn teams, SmtpStandIn mail, IReadOnlyCollection<string> missing) => string.Create(
        CultureInfo.InvariantCulture,
        $"confirmed {ConfirmedCount} ({_references.Values.Count(r => r.Route == "communications-team")} cards, {_references.Values.Count(r => r.Route != "communications-team")} emails), lost {missing.Count}, duplicate cards {teams.Duplicates} (posted again after an interruption, saying so: {teams.Reposts}), duplicate emails {mail.Duplicates} (same Message-Id), emails under two ids {EmailsUnderTwoIds(mail)}, questions given two references {SplitQuestions}, presses of Send after a lost reply {Retries}");
}
