namespace PolicyBot.Knowledge.Parsing;

/// <summary>How a policy file marks its structure.</summary>
public enum PolicyFormat
{
    /// <summary>A rich-text export: headings are plain lines, tables are tab-separated.</summary>
    PlainText,

    /// <summary>Markdown: "#" headings, "-" bullets, pipe tables, optional YAML front matter.</summary>
    Markdown,

    /// <summary>A Word document (.docx): heading styles, list paragraphs, tables, core properties.</summary>
    Word,

    /// <summary>A PDF with a text layer: the outline (bookmarks) or font sizes give the headings.</summary>
    Pdf,
}
