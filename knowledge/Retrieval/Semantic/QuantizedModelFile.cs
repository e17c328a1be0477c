using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PolicyBot.Knowledge.Retrieval.Semantic.Onnx;

namespace PolicyBot.Knowledge.Retrieval.Semantic;

/// <summary>
/// A sentence model with 8-bit weights (<see cref="MatMulQuantizer"/>), made at the first start and kept as a file
/// beside the vector cache, so every later start loads the smaller graph straight from disk instead of reading
/// and converting the full-precision one. The file's name carries a stamp of the model it was made from (size,
/// time written, the quantizer's version), so a new model or quantizer makes a new file.
/// </summary>
internal static class QuantizedModelFile
{
    /// <summary>Where the model is read from: the cached file's path, or, when it cannot be written, the model's bytes.</summary>
    public static (string? Path, byte[]? Bytes) Get(string modelsFolder, SentenceModel model, string? cacheFolder)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (cacheFolder is null)
        {
            return (null, MatMulQuantizer.Quantize(SentenceModelFiles.ReadModel(modelsFolder, model)));
        }

        var source = new FileInfo(SentenceModelFiles.Source(modelsFolder, model));
        var path = Path.Combine(cacheFolder, $"{model.Id}.q8.{Stamp(source)}.onnx");
        if (File.Exists(path))
        {
            return (path, null);
        }

        var quantized = MatMulQuantizer.Quantize(SentenceModelFiles.ReadModel(modelsFolder, model));
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(cacheFolder);
            File.WriteAllBytes(temporary, quantized);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be written only costs the conversion at every start.
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            return (null, quantized);
        }

        DeleteOthers(cacheFolder, model, path);
        return (path, null);
    }

    // Files made from an earlier model or by an earlier quantizer; one still open elsewhere goes next time.
    private static void DeleteOthers(string cacheFolder, SentenceModel model, string path)
    {
        foreach (var stale in Directory.EnumerateFiles(cacheFolder, $"{model.Id}.q8.*.onnx").Where(file => file != path))
        {
            try
            {
                File.Delete(stale);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left for the next start.
            }
        }
    }

    private static string Stamp(FileInfo source)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{MatMulQuantizer.Version}|{source.Name}|{source.Length}|{source.LastWriteTimeUtc.Ticks}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 6));
    }
}
