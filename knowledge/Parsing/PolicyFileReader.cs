using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Parsing.Pdf;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>Reads one policy file in its format, turning what its library throws into a reason a person can act on.</summary>
internal static class PolicyFileReader
{
    private static readonly byte[] Zip = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] PdfHeader = "%PDF-"u8.ToArray();

    // PDF writers put a little junk before the header now and then; readers look for it this far in.
    private const int PdfHeaderWindow = 1024;

    public static PolicyDocument Read(string id, string path, PolicyFormat format) => format switch
    {
        PolicyFormat.PlainText or PolicyFormat.Markdown => PolicyParser.Parse(id, ReadText(path), format),
        PolicyFormat.Word => PolicyAssembler.Assemble(id, ReadWord(path)),
        PolicyFormat.Pdf => PolicyAssembler.Assemble(id, ReadPdf(path)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    private static string ReadText(string path)
    {
        var text = File.ReadAllText(path);
        return text.Contains('\0', StringComparison.Ordinal)
            ? throw new InvalidDataException($"it is not a text file (it holds binary data). Policies are {PolicyLoader.Formats} files.")
            : text;
    }

    private static SourceDocument ReadWord(string path)
    {
        using var stream = File.OpenRead(path);
        var head = Head(stream, CompoundFile.Length);
        if (head.AsSpan().StartsWith(CompoundFile))
        {
            throw new InvalidDataException("it is password-protected, or it is a Word 97-2003 document renamed to .docx. Save it from Word as a Word document (.docx) without a password.");
        }

        if (!head.AsSpan().StartsWith(Zip))
        {
            throw new InvalidDataException("it is not a Word document: a .docx file is a zip package, and this file is not one.");
        }

        try
        {
            return DocxReader.Read(stream);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or InvalidOperationException)
        {
            throw new InvalidDataException($"it is damaged or not a Word document ({ex.Message.TrimEnd('.')}). Open it in Word and save it again.", ex);
        }
    }

    private static SourceDocument ReadPdf(string path)
    {
        using var stream = File.OpenRead(path);
        if (Head(stream, PdfHeaderWindow).AsSpan().IndexOf(PdfHeader) < 0)
        {
            throw new InvalidDataException("it is not a PDF: it does not start with a PDF header.");
        }

        try
        {
            return PdfReader.Read(stream);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new InvalidDataException("it is password-protected. Save a copy without a password.", ex);
        }
        catch (Exception ex) when (IsMalformedPdf(ex))
        {
            throw new InvalidDataException($"it is damaged or not a PDF PolicyBot can read ({ex.Message.TrimEnd('.')}). Export it from its source again.", ex);
        }
    }

    // PdfPig reports a malformed file with its own exception mostly, but a damaged structure can surface from the
    // parser as any of these; none of them is a fault of ours to let through.
    private static bool IsMalformedPdf(Exception ex) =>
        ex is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException
            or FormatException or OverflowException or InvalidCastException or KeyNotFoundException or NullReferenceException
            or EndOfStreamException or InvalidDataException;

    private static byte[] Head(Stream stream, int count)
    {
        var buffer = new byte[count];
        var read = stream.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        stream.Position = 0;
        return buffer[..read];
    }
}
