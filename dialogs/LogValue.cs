namespace PolicyBot.Dialogs;

/// <summary>A value someone else set (an activity type, a verb, an id), made safe to write to a log.</summary>
public static class LogValue
{
    /// <summary>Longest value logged; the ids and names the bot logs are far shorter.</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// At most <see cref="MaxLength"/> characters, control characters (line breaks that would forge a log line,
    /// terminal escapes) replaced by '?', and "(none)" for null or empty.
    /// </summary>
    public static string Of(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "(none)";
        }

        var clipped = value.Length > MaxLength;
        var span = clipped ? value.AsSpan(0, MaxLength) : value.AsSpan();
        if (!clipped && !NeedsCleaning(span))
        {
            return value;
        }

        return string.Create(span.Length + (clipped ? 1 : 0), (value, clipped), static (buffer, state) =>
        {
            var source = state.value.AsSpan(0, buffer.Length - (state.clipped ? 1 : 0));
            for (var i = 0; i < source.Length; i++)
            {
                buffer[i] = char.IsControl(source[i]) || char.IsSurrogate(source[i]) || source[i] is '\u2028' or '\u2029' ? '?' : source[i];
            }

            if (state.clipped)
            {
                buffer[^1] = '\u2026';
            }
        });
    }

    private static bool NeedsCleaning(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029')
            {
                return true;
            }
        }

        return false;
    }
}
