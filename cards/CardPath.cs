using System.Collections.Concurrent;

namespace PolicyBot.Cards;

/// <summary>A template's data path ("a.b", "$root.a", "$data"), split once: templates name the same few paths on every card.</summary>
internal sealed record CardPath(bool FromRoot, string[] Parts)
{
    // Keys come from the embedded templates only, so the cache stays as small as they are.
    private static readonly ConcurrentDictionary<string, CardPath> Parsed = new(StringComparer.Ordinal);

    public static CardPath Of(string path) => Parsed.GetOrAdd(path, static text => new CardPath(
        text.StartsWith("$root", StringComparison.Ordinal),
        text.Split('.').Where(part => part is not "$root" and not "$data").ToArray()));
}
