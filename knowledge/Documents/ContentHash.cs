using System.Security.Cryptography;
using System.Text;

namespace PolicyBot.Knowledge.Documents;

/// <summary>SHA-256 hashes of a policy's parsed text: the same words and structure give the same hash on every load.</summary>
/// <remarks>
/// Hashed from the parsed document, not the file's bytes, so line endings, trailing spaces and the export
/// format do not make a new version; every field, heading and block the bot can quote does.
/// </remarks>
public static class ContentHash
{
    /// <summary>The hash of a whole policy: title, document details, and every section's path and text.</summary>
    public static string Of(PolicyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        text.Append("title\u001f").Append(document.Title).Append('\u001e');
        text.Append("kicker\u001f").Append(document.Kicker).Append('\u001e');
        foreach (var (label, value) in document.Metadata.Fields)
        {
            text.Append("field\u001f").Append(label).Append('\u001f').Append(value).Append('\u001e');
        }

        foreach (var section in document.AllSections())
        {
            text.Append("section\u001f").Append(section.Level).Append('\u001f').Append(section.Path).Append('\u001e');
            AppendContent(text, section);
        }

        return Hex(text);
    }

    /// <summary>
    /// The hash of one section's own text (its table header and blocks, not its heading or subsections): what
    /// a clause says, so a renamed or moved clause keeps its hash and a change below it does not touch it.
    /// </summary>
    public static string Of(PolicySection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var text = new StringBuilder();
        AppendContent(text, section);
        return Hex(text);
    }

    // Unit and record separators cannot occur in cleaned policy text, so no two different contents join alike.
    private static void AppendContent(StringBuilder text, PolicySection section)
    {
        if (section.TableHeader.Count > 0)
        {
            text.Append("header\u001f").AppendJoin('\u001f', section.TableHeader).Append('\u001e');
        }

        foreach (var block in section.Blocks)
        {
            text.Append(block.Kind).Append('\u001f').Append(block.Text).Append('\u001e');
        }
    }

    private static string Hex(StringBuilder text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
}
