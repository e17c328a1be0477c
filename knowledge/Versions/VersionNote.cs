namespace PolicyBot.Knowledge.Versions;

/// <summary>The line an answer carries to say which version it quotes, once a policy has more than one.</summary>
public static class VersionNote
{
    /// <summary>
    /// "Quoted from the Social Media Policy, version 2, effective 1 March 2027.", naming each cited policy that
    /// has earlier versions; null when every cited policy has only ever had one.
    /// </summary>
    public static string? For(IEnumerable<string> citedPolicyIds, Func<string, PolicyHistory?> historyOf)
    {
        ArgumentNullException.ThrowIfNull(citedPolicyIds);
        ArgumentNullException.ThrowIfNull(historyOf);
        var labels = citedPolicyIds
            .Distinct(StringComparer.Ordinal)
            .Select(historyOf)
            .Where(history => history is { HasEarlierVersions: true })
            .Select(history => $"the {history!.Latest!.Title}, {history.Latest.Label}")
            .ToList();
        return labels.Count == 0 ? null : $"Quoted from {string.Join(" and ", labels)}.";
    }
}
