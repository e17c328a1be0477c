using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>Loads every policy file in a folder: ".txt" exports and ".md" Markdown.</summary>
public static class PolicyLoader
{
    public static IReadOnlyList<PolicyDocument> LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The policy folder '{folder}' does not exist.");
        }

        var documents = Directory.EnumerateFiles(folder)
            .Where(path => FormatOf(path) is not null)
            .Order(StringComparer.Ordinal)
            .Select(LoadFile)
            .ToList();

        if (documents.Count == 0)
        {
            throw new InvalidDataException($"The policy folder '{folder}' holds no .txt or .md policy.");
        }

        return documents;
    }

    public static PolicyDocument LoadFile(string path)
    {
        var format = FormatOf(path) ?? throw new InvalidDataException($"'{path}' is not a .txt or .md policy.");
        var document = PolicyParser.Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), format);
        if (document.Sections.Count == 0)
        {
            throw new InvalidDataException($"No sections were found in the policy '{path}'.");
        }

        return document;
    }

    private static PolicyFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => PolicyFormat.PlainText,
        ".md" or ".markdown" => PolicyFormat.Markdown,
        _ => null,
    };
}
