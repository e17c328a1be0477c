namespace PolicyBot.Knowledge.Parsing;

/// <summary>
/// The YAML front matter of a Markdown policy (between "---" lines at the very top): its title and the document
/// details it states (owner, version, dates), which become metadata rather than text. Only the simple shapes
/// front matter takes are read: "key: value", quoted values, inline "[a, b]" lists, "- item" lists and "|" or
/// "&gt;" blocks; keys that name no document detail (layout, tags, permalink) are left out.
/// </summary>
internal sealed record FrontMatter(string? Title, IReadOnlyList<KeyValuePair<string, string>> Fields, string Body)
{
    public static FrontMatter Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        if (lines.Length < 2 || lines[0].TrimEnd() != "---")
        {
            return new FrontMatter(null, [], text);
        }

        var end = Array.FindIndex(lines, 1, line => line.TrimEnd() is "---" or "...");
        if (end < 0)
        {
            return new FrontMatter(null, [], text);
        }

        string? title = null;
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in Entries(lines[1..end]))
        {
            if (value.Length == 0)
            {
                continue;
            }

            if (string.Equals(key, "title", StringComparison.OrdinalIgnoreCase))
            {
                title = value;
            }
            else if (MetadataLabels.IsDocumentControl(MetadataLabels.FromKey(key)))
            {
                fields.Add(new(MetadataLabels.FromKey(key), value));
            }
        }

        return new FrontMatter(title, fields, string.Join('\n', lines[(end + 1)..]));
    }

    // Top-level keys with their values; the lines indented under a key are its list items or block text.
    private static IEnumerable<(string Key, string Value)> Entries(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.Length == 0 || char.IsWhiteSpace(line[0]) || line[0] == '#' || colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().Trim('"', '\'');
            var value = line[(colon + 1)..].Trim();
            var nested = new List<string>();
            while (i + 1 < lines.Length && (lines[i + 1].Length == 0 || char.IsWhiteSpace(lines[i + 1][0]) || lines[i + 1].StartsWith('-')))
            {
                i++;
                if (lines[i].Trim().Length > 0)
                {
                    nested.Add(lines[i].Trim());
                }
            }

            yield return (key, value.Length == 0 || value[0] is '|' or '>' ? Nested(nested) : Scalar(value));
        }
    }

    private static string Nested(List<string> lines)
    {
        // "- item" lines are a list; a nested mapping ("name: x") is not a value this reader keeps.
        if (lines.Count > 0 && lines.All(line => line.StartsWith('-')))
        {
            return string.Join(", ", lines.Select(line => Scalar(line[1..].Trim())));
        }

        return lines.Exists(line => line.Contains(": ", StringComparison.Ordinal)) ? string.Empty : string.Join(' ', lines);
    }

    private static string Scalar(string value)
    {
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            return value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal);
        }

        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
        {
            return value[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        if (value.StartsWith('[') && value.EndsWith(']'))
        {
            return string.Join(", ", value[1..^1].Split(',').Select(item => Scalar(item.Trim())).Where(item => item.Length > 0));
        }

        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return (comment >= 0 ? value[..comment] : value).Trim();
    }
}
