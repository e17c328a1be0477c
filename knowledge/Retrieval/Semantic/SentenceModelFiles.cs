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
    /// <summary>The folder of models beside the binaries.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "models");

    public static (byte[] Model, byte[] Vocabulary) Read(string modelsFolder, SentenceModel model)
    {
        var folder = Path.Combine(modelsFolder, model.Id);
        var onnx = Path.Combine(folder, "model.onnx");
        var vocabulary = Path.Combine(folder, "vocab.txt");
        if (File.Exists(onnx) && File.Exists(vocabulary))
        {
            return (File.ReadAllBytes(onnx), File.ReadAllBytes(vocabulary));
        }

        foreach (var assembly in Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.dll") : [])
        {
            var resources = Resources(assembly);
            var modelBytes = resources.FirstOrDefault(r => r.Name.EndsWith(".model.onnx", StringComparison.Ordinal)).Bytes;
            var vocabBytes = resources.FirstOrDefault(r => r.Name.EndsWith(".vocab.txt", StringComparison.Ordinal)).Bytes;
            if (modelBytes is not null && vocabBytes is not null)
            {
                return (modelBytes, vocabBytes);
            }
        }

        throw new FileNotFoundException($"The sentence model '{model.Id}' is not in {folder}: put model.onnx and vocab.txt there.");
    }

    private static List<(string Name, byte[] Bytes)> Resources(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var directory = pe.PEHeaders.CorHeader?.ResourcesDirectory
            ?? throw new InvalidDataException($"{assembly} is not a .NET assembly.");
        var block = pe.GetSectionData(directory.RelativeVirtualAddress);
        var found = new List<(string, byte[])>();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil)
            {
                continue;
            }

            // Each embedded resource is its length as a 32-bit integer, then its bytes.
            var reader = block.GetReader((int)resource.Offset, block.Length - (int)resource.Offset);
            var length = reader.ReadInt32();
            found.Add((metadata.GetString(resource.Name), reader.ReadBytes(length)));
        }

        return found;
    }
}
