using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace PolicyBot.Knowledge.Retrieval.Semantic;

/// <summary>
/// A model's ONNX graph and vocabulary from models/&lt;id&gt;/: either as model.onnx and vocab.txt, or as the
/// resources of the NuGet package assembly that ships them (…Resources.model.onnx, …Resources.vocab.txt),
/// read without loading the assembly.
/// </summary>
internal static class SentenceModelFiles
{
    private const string ModelFile = "model.onnx";
    private const string VocabularyFile = "vocab.txt";

    /// <summary>The folder of models beside the binaries.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "models");

    public static (byte[] Model, byte[] Vocabulary) Read(string modelsFolder, SentenceModel model) =>
        (ReadModel(modelsFolder, model), ReadVocabulary(modelsFolder, model));

    /// <summary>The ONNX graph's bytes.</summary>
    public static byte[] ReadModel(string modelsFolder, SentenceModel model) => ReadFile(modelsFolder, model, ModelFile);

    /// <summary>The WordPiece vocabulary's bytes, without reading the graph.</summary>
    public static byte[] ReadVocabulary(string modelsFolder, SentenceModel model) => ReadFile(modelsFolder, model, VocabularyFile);

    /// <summary>The file the graph is read from (model.onnx or the package assembly), to tell when it changes.</summary>
    public static string Source(string modelsFolder, SentenceModel model)
    {
        var folder = Path.Combine(modelsFolder, model.Id);
        var onnx = Path.Combine(folder, ModelFile);
        if (File.Exists(onnx))
        {
            return onnx;
        }

        return (Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.dll") : []).Order(StringComparer.Ordinal)
            .FirstOrDefault(assembly => Resource(assembly, ModelFile, read: false) is not null)
            ?? throw Missing(model, folder);
    }

    private static byte[] ReadFile(string modelsFolder, SentenceModel model, string name)
    {
        var folder = Path.Combine(modelsFolder, model.Id);
        if (File.Exists(Path.Combine(folder, ModelFile)) && File.Exists(Path.Combine(folder, VocabularyFile)))
        {
            return File.ReadAllBytes(Path.Combine(folder, name));
        }

        foreach (var assembly in (Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.dll") : []).Order(StringComparer.Ordinal))
        {
            if (Resource(assembly, ModelFile, read: false) is not null && Resource(assembly, VocabularyFile, read: true) is { } vocabulary)
            {
                return name == VocabularyFile ? vocabulary : Resource(assembly, name, read: true)!;
            }
        }

        throw Missing(model, folder);
    }

    private static FileNotFoundException Missing(SentenceModel model, string folder) =>
        new($"The sentence model '{model.Id}' is not in {folder}: put {ModelFile} and {VocabularyFile} there.");

    // The bytes of the resource whose name ends with ".<name>" (empty when not read), or null when there is none.
    private static byte[]? Resource(string assembly, string name, bool read)
    {
        using var stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var directory = pe.PEHeaders.CorHeader?.ResourcesDirectory
            ?? throw new InvalidDataException($"{assembly} is not a .NET assembly.");
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil || !metadata.GetString(resource.Name).EndsWith("." + name, StringComparison.Ordinal))
            {
                continue;
            }

            if (!read)
            {
                return [];
            }

            // Each embedded resource is its length as a 32-bit integer, then its bytes.
            var block = pe.GetSectionData(directory.RelativeVirtualAddress);
            var reader = block.GetReader((int)resource.Offset, block.Length - (int)resource.Offset);
            var length = reader.ReadInt32();
            return reader.ReadBytes(length);
        }

        return null;
    }
}
