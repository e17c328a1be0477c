using System.Security.Cryptography;
using System.Text;

namespace PolicyBot.Knowledge.Retrieval.Semantic;

/// <summary>
/// Passage vectors kept on disk, keyed by a hash of the text encoded and by the model, so a restart with the
/// same documents encodes nothing and a changed document encodes only its changed passages. One file per
/// model (&lt;folder&gt;/&lt;model id&gt;.vectors), written whole to a temporary file and moved into place, so a
/// reader never sees half a file. A cache that cannot be read or written is ignored: the vectors are
/// encoded again.
/// </summary>
public sealed class VectorCache
{
    private const string Magic = "PBVEC001";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Folder, string Model), Lazy<VectorCache>> SharedCaches = new();

    // Enough for a large library several times over; past it the oldest entries are dropped when saving.
    private const int MaxEntries = 200_000;

    private readonly Dictionary<UInt128, float[]> _vectors = [];
    private readonly Lock _lock = new();
    private readonly string? _path;
    private bool _dirty;

    private VectorCache(string? path, string modelId)
    {
        _path = path;
        ModelId = modelId;
    }

    public string ModelId { get; }

    /// <summary>How many vectors it holds.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _vectors.Count;
            }
        }
    }

    /// <summary>
    /// The cache of a folder and model, read once per process: every knowledge base loaded after the first
    /// (a reload, a test) finds the vectors in memory.
    /// </summary>
    public static VectorCache Shared(string folder, string modelId)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return SharedCaches.GetOrAdd((Path.GetFullPath(folder), modelId), key => new Lazy<VectorCache>(() => Open(key.Folder, key.Model))).Value;
    }

    /// <summary>A cache kept in memory only.</summary>
    public static VectorCache InMemory(string modelId) => new(null, modelId);

    /// <summary>Reads the model's file in a folder, or starts empty when there is none or it cannot be read.</summary>
    public static VectorCache Open(string folder, string modelId)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(modelId);
        var cache = new VectorCache(Path.Combine(folder, modelId + ".vectors"), modelId);
        cache.Read();
        return cache;
    }

    /// <summary>The vectors of texts, encoding only those not yet cached, in order.</summary>
    public float[][] Vectors(IReadOnlyList<string> texts, Func<IReadOnlyList<string>, float[][]> encode)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(encode);
        var keys = texts.Select(Key).ToArray();
        var vectors = new float[texts.Count][];
        var missing = new List<int>();
        lock (_lock)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                if (_vectors.TryGetValue(keys[i], out var found))
                {
                    vectors[i] = found;
                }
                else
                {
                    missing.Add(i);
                }
            }
        }

        if (missing.Count == 0)
        {
            return vectors;
        }

        var distinct = missing.DistinctBy(i => keys[i]).ToList();
        var encoded = encode(distinct.Select(i => texts[i]).ToList());
        lock (_lock)
        {
            for (var i = 0; i < distinct.Count; i++)
            {
                _vectors[keys[distinct[i]]] = encoded[i];
            }

            foreach (var i in missing)
            {
                vectors[i] = _vectors[keys[i]];
            }

            _dirty = true;
        }

        return vectors;
    }

    /// <summary>Writes the file when vectors were added since it was read; false when it could not be written.</summary>
    public bool Save()
    {
        if (_path is null)
        {
            return true;
        }

        KeyValuePair<UInt128, float[]>[] entries;
        lock (_lock)
        {
            if (!_dirty)
            {
                return true;
            }

            entries = _vectors.TakeLast(MaxEntries).ToArray();
            _dirty = false;
        }

        var temporary = _path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            using (var writer = new BinaryWriter(File.Create(temporary)))
            {
                writer.Write(Encoding.ASCII.GetBytes(Magic));
                writer.Write(ModelId);
                writer.Write(entries.Length == 0 ? 0 : entries[0].Value.Length);
                writer.Write(entries.Length);
                foreach (var (key, vector) in entries)
                {
                    writer.Write((ulong)(key >> 64));
                    writer.Write((ulong)key);
                    foreach (var value in vector)
                    {
                        writer.Write(value);
                    }
                }
            }

            File.Move(temporary, _path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            return false;
        }
    }

    private void Read()
    {
        if (_path is null || !File.Exists(_path))
        {
            return;
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(_path));
            if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic || reader.ReadString() != ModelId)
            {
                return;
            }

            var dimensions = reader.ReadInt32();
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = ((UInt128)reader.ReadUInt64() << 64) | reader.ReadUInt64();
                var bytes = reader.ReadBytes(dimensions * sizeof(float));
                if (bytes.Length < dimensions * sizeof(float))
                {
                    throw new EndOfStreamException();
                }

                _vectors[key] = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(bytes).ToArray();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            // A truncated or unreadable file is as good as none: what it lacked is encoded again.
            _vectors.Clear();
        }
    }

    private static UInt128 Key(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return ((UInt128)BitConverter.ToUInt64(hash) << 64) | BitConverter.ToUInt64(hash[8..]);
    }
}
