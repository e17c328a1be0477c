using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>Parses a policy's text (a plain-text export or Markdown) into a <see cref="PolicyDocument"/>.</summary>
public static class PolicyParser
{
    public static PolicyDocument Parse(string id, string text, PolicyFormat format)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);

        var source = format switch
        {
            PolicyFormat.PlainText => new SourceDocument(BlockReader.Read(text, markdown: false), MarkedHeadings: false),
            PolicyFormat.Markdown => ReadMarkdown(text),
            _ => throw new ArgumentException($"{format} is not a text format; use {nameof(PolicyLoader)}.{nameof(PolicyLoader.LoadFile)}.", nameof(format)),
        };
        return PolicyAssembler.Assemble(id, source);
    }

    private static SourceDocument ReadMarkdown(string text)
    {
        var frontMatter = FrontMatter.Read(text);
        var body = MarkdownSyntax.Simplify(frontMatter.Body);
        return new SourceDocument(BlockReader.Read(body, markdown: true), MarkedHeadings: true)
        {
            Title = frontMatter.Title,
            LeadingFields = frontMatter.Fields,
        };
    }
}
