using System.Text.RegularExpressions;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>
/// The general rules that tell a heading from a paragraph in exports that lost their heading styles.
/// </summary>
internal static partial class HeadingRules
{
    private const int MaxWords = 10;
    private const int MaxLength = 80;

    // The names that policy templates across the public service give their top-level sections. A heading
    // that is one of these starts a new top-level section wherever it appears; other headings take their
    // level from the shape of the text around them (see PolicyParser).
    private static readonly HashSet<string> TopLevelNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "purpose", "scope", "policy statement", "policy", "statement", "background", "introduction", "overview",
        "application", "applicability", "objective", "objectives", "definitions", "glossary", "definitions and terms",
        "key terms", "related documents", "related policies", "related information", "references", "legislation",
        "legislative framework", "legislative requirements", "responsibilities", "roles and responsibilities",
        "requirements and responsibilities", "accountabilities", "procedure", "procedures", "compliance",
        "breaches", "breach of policy", "non-compliance", "exceptions", "review", "policy review", "document control",
        "document history", "version history", "contacts", "contact", "further information", "more information",
        "appendix", "appendices", "approval", "monitoring", "monitoring and review",
    };

    /// <summary>True when a single source line has the shape of a heading.</summary>
    public static bool LooksLikeHeading(RawBlock block)
    {
        if (block.Kind == RawKind.Heading)
        {
            return true;
        }

        if (block.Kind != RawKind.Line || !block.SingleLine)
        {
            return false;
        }

        var text = block.Text;
        return text.Length is > 0 and <= MaxLength
            && (char.IsUpper(text[0]) || char.IsDigit(text[0]))
            && !EndsLikeProse().IsMatch(text)
            && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords
            && !text.Contains("http", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the heading names a section that policy templates put at the top level.</summary>
    public static bool IsTopLevelName(string heading)
    {
        var name = LeadingNumber().Replace(heading, string.Empty).Trim().TrimEnd(':');
        return TopLevelNames.Contains(name);
    }

    /// <summary>A "Label: value" line, as document-control blocks write them.</summary>
    public static bool TryReadField(RawBlock block, out KeyValuePair<string, string> field)
    {
        field = default;
        // A row of a details table: "Owner:<tab>Chief Financial Officer", or a Word table whose first column
        // names document details ("Approved by", "Review date") without colons.
        if (block.Kind == RawKind.TableRow
            && block.Cells.Count(cell => cell.Length > 0) == 2 && block.Cells[0].Length > 0
            && (block.Cells[0].EndsWith(':') || MetadataLabels.IsDocumentControl(block.Cells[0])))
        {
            field = new(block.Cells[0].TrimEnd(':').Trim(), block.Cells.Skip(1).First(cell => cell.Length > 0));
            return true;
        }

        if (block.Kind == RawKind.Line && Field().Match(block.Text) is { Success: true } match)
        {
            field = new(match.Groups[1].Value.Trim(), match.Groups[2].Value.Trim());
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"[.,;:!?]$")]
    private static partial Regex EndsLikeProse();

    [GeneratedRegex(@"^\d+(\.\d+)*\.?\s*")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^([A-Z][A-Za-z/ ]{1,30}):\s+(\S.{0,120})$")]
    private static partial Regex Field();
}
