using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>
/// Loads the policy files of a folder: ".txt" exports, ".md" Markdown, ".docx" Word documents and ".pdf" files.
/// A file that cannot be read is left out with a warning naming it and why; only a folder with no readable
/// policy at all fails.
/// </summary>
public static class PolicyLoader
{
    /// <summary>The formats, as a person reads them in a message.</summary>
    public const string Formats = ".txt, .md, .docx or .pdf";

    /// <summary>The policies of a folder; files that could not be read are left out (see <see cref="ReadFolder"/>).</summary>
    public static IReadOnlyList<PolicyDocument> LoadFolder(string folder) => ReadFolder(folder).Documents;

    public static PolicyFiles ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The policy folder '{folder}' does not exist.");
        }

        // Files are read side by side: a Word or PDF reader's first use costs a second or more of start-up on a
        // small machine, and one file's reader can warm up while another file is read.
        var results = Directory.EnumerateFiles(folder)
            .Where(path => !IsScratch(path) && !IsOrganisations(path))
            .Order(StringComparer.Ordinal)
            .AsParallel()
            .AsOrdered()
            .Select(TryLoadFile)
            .ToList();

        var documents = new List<PolicyDocument>();
        var warnings = new List<string>();
        foreach (var (path, document, warning) in results)
        {
            if (document is null)
            {
                warnings.Add(warning!);
            }
            else if (documents.Find(d => string.Equals(d.Id, document.Id, StringComparison.OrdinalIgnoreCase)) is { } twin)
            {
                warnings.Add($"{Path.GetFileName(path)} was left out: the policy '{twin.Id}' was already read from another file of that name. Keep one file per policy.");
            }
            else
            {
                documents.Add(document);
            }
        }

        if (documents.Count == 0)
        {
            var why = warnings.Count == 0 ? string.Empty : " " + string.Join(" ", warnings);
            throw new InvalidDataException($"The policy folder '{folder}' holds no readable {Formats} policy.{why}");
        }

        return new PolicyFiles(documents, warnings);
    }

    /// <summary>Reads one policy file; an unreadable one throws <see cref="InvalidDataException"/> naming the file and why.</summary>
    public static PolicyDocument LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var name = Path.GetFileName(path);
        try
        {
            var format = FormatOf(path) ?? throw new InvalidDataException(UnknownFormat(path));
            if (new FileInfo(path).Length == 0)
            {
                throw new InvalidDataException("the file is empty (0 bytes).");
            }

            var document = PolicyFileReader.Read(Path.GetFileNameWithoutExtension(path), path, format);
            if (document.Sections.Count == 0)
            {
                throw new InvalidDataException(format == PolicyFormat.Pdf
                    ? "no text was found in it. A scanned PDF holds pictures of pages; it needs a text layer (export it from Word, or run it through OCR)."
                    : "no text was found in it.");
            }

            return document;
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{name}: {ex.Message}", ex);
        }
    }

    private static (string Path, PolicyDocument? Document, string? Warning) TryLoadFile(string path)
    {
        try
        {
            return (path, LoadFile(path), null);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            var reason = ex is InvalidDataException ? ex.Message : $"{Path.GetFileName(path)}: {ex.Message}";
            return (path, null, $"{reason} It was left out; the other policies loaded.");
        }
    }

    private static PolicyFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => PolicyFormat.PlainText,
        ".md" or ".markdown" => PolicyFormat.Markdown,
        ".docx" => PolicyFormat.Word,
        ".pdf" => PolicyFormat.Pdf,
        _ => null,
    };

    private static string UnknownFormat(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".doc" => "it is a Word 97-2003 document, which PolicyBot does not read. Open it in Word and save it as a Word document (.docx).",
        "" => $"it has no file extension, so its format is unknown. Policies are {Formats} files.",
        var other => $"'{other}' is not a format PolicyBot reads. Policies are {Formats} files.",
    };

    // A library whose documents sit in its own folder keeps the names of its organisations beside them.
    private static bool IsOrganisations(string path) =>
        string.Equals(Path.GetFileName(path), Retrieval.Organisations.FileName, StringComparison.OrdinalIgnoreCase);

    // Files editors leave beside the ones they edit: hidden files and Office's "~$" owner files, which come and
    // go while a policy is open in Word and are not policies.
    private static bool IsScratch(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.') || name.StartsWith('~') || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);
    }
}
