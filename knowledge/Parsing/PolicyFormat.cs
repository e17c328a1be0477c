namespace PolicyBot.Knowledge.Parsing;

/// <summary>How a policy file marks its structure.</summary>
public enum PolicyFormat
{
    /// <summary>A rich-text export: headings are plain lines, tables are tab-separated.</summary>
    PlainText,

    /// <summary>Markdown: "#" headings, "-" bullets, pipe tables.</summary>
    Markdown,
}
