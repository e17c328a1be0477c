namespace PolicyBot.Knowledge.Parsing;

/// <summary>The lines of the knowledge folder's small data files (synonyms, organisations, not-covered lists...): trimmed, without blanks and # comments.</summary>
internal static class DataLines
{
    /// <summary>Each line that says something, with its line number in the file for error messages.</summary>
    public static IEnumerable<(int Number, string Text)> Read(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                yield return (number, line);
            }
        }
    }

    /// <summary>The lines that say something, without their numbers.</summary>
    public static IEnumerable<string> Text(IEnumerable<string> lines) => Read(lines).Select(line => line.Text);
}
