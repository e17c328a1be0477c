namespace PolicyBot.Knowledge.Parsing.Pdf;

/// <summary>How a line of a PDF is set: font size (to the half point), weight, slant and typeface family.</summary>
internal sealed record TextStyle(double Size, bool Bold, bool Italic, string Family)
{
    public static TextStyle Of(double size, string fontName, bool flaggedBold, bool flaggedItalic)
    {
        // Subset fonts are named "ABCDEF+DejaVuSans-Bold"; the family is what is left of the name's style part.
        var name = fontName.Contains('+', StringComparison.Ordinal) ? fontName[(fontName.IndexOf('+', StringComparison.Ordinal) + 1)..] : fontName;
        var bold = flaggedBold || Mentions(name, "Bold", "Black", "Heavy", "Semibold", "Demi");
        var italic = flaggedItalic || Mentions(name, "Italic", "Oblique");
        var cut = name.IndexOfAny(['-', ',']);
        var family = cut > 0 ? name[..cut] : name;
        foreach (var suffix in new[] { "Bold", "Italic", "Oblique", "MT", "PS" })
        {
            family = family.EndsWith(suffix, StringComparison.Ordinal) ? family[..^suffix.Length] : family;
        }

        return new TextStyle(Math.Round(size * 2, MidpointRounding.AwayFromZero) / 2, bold, italic, family);
    }

    /// <summary>True when this style stands out from body text the way headings do.</summary>
    public bool StandsOutFrom(TextStyle body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Size > body.Size + 0.5
            || (Size >= body.Size - 0.5 && ((Bold && !body.Bold) || (Italic && !body.Italic) || !string.Equals(Family, body.Family, StringComparison.Ordinal)));
    }

    private static bool Mentions(string name, params string[] parts) =>
        parts.Any(part => name.Contains(part, StringComparison.OrdinalIgnoreCase));
}
