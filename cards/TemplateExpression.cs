using System.Text;

namespace PolicyBot.Cards;

/// <summary>
/// Finds "${path}" in a template's strings, as the patterns <c>^\$\{([^}]+)\}$</c> (a whole value) and
/// <c>\$\{([^}]+)\}</c> (inside text) would, without a regular expression's match objects on every card.
/// </summary>
internal static class TemplateExpression
{
    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>The path when the whole text is one expression (a final line break allowed, as "$" allows it); otherwise null.</summary>
    public static string? WholePath(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith("${", StringComparison.Ordinal))
        {
            return null;
        }

        var close = text.IndexOf('}', 2);
        var end = text.Length - (text.EndsWith('\n') ? 2 : 1);
        return close > 2 && (close == text.Length - 1 || close == end) ? text[2..close] : null;
    }

    /// <summary>The text with every expression replaced by what <paramref name="evaluate"/> makes of its path.</summary>
    public static string Replace<TState>(string text, TState state, Func<string, TState, string> evaluate)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(evaluate);
        var builder = t_builder ?? new StringBuilder();
        t_builder = null;
        builder.Clear();
        var copied = 0;
        for (var start = text.IndexOf("${", StringComparison.Ordinal); start >= 0; start = text.IndexOf("${", start + 1, StringComparison.Ordinal))
        {
            var close = text.IndexOf('}', start + 2);
            if (close < 0)
            {
                break;
            }

            if (close == start + 2)
            {
                // "${}" names nothing: look again from the next character, as the pattern would.
                continue;
            }

            builder.Append(text, copied, start - copied).Append(evaluate(text[(start + 2)..close], state));
            copied = close + 1;
            start = close;
        }

        var result = copied == 0 ? text : builder.Append(text, copied, text.Length - copied).ToString();
        t_builder = builder;
        return result;
    }
}
