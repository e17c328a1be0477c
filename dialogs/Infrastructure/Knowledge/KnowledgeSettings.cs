using System.ComponentModel.DataAnnotations;
using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Retrieval.Semantic;

namespace PolicyBot.Dialogs.Infrastructure.Knowledge;

/// <summary>The "Knowledge" configuration section.</summary>
public sealed class KnowledgeSettings
{
    public const string SectionName = "Knowledge";

    /// <summary>The folder holding policies/, synonyms.txt and routing.json; empty for the copy beside the binaries.</summary>
    public string Folder { get; set; } = string.Empty;

    /// <summary>The organisation whose policies these are, as staff name it: comma-separated names ("Ara Poutama Aotearoa, Corrections"); empty for none.</summary>
    public string Organisation { get; set; } = string.Empty;

    [Range(0.0, 1.0, ErrorMessage = "Knowledge:MinConfidence must be between 0 and 1.")]
    public double MinConfidence { get; set; } = 0.5;

    [Range(1, 10, ErrorMessage = "Knowledge:MaxCitations must be between 1 and 10.")]
    public int MaxCitations { get; set; } = 3;

    /// <summary>The sentence model searched with the words ("all-minilm-l6-v2" or "snowflake-arctic-embed-xs"); empty for words alone.</summary>
    public string SemanticModel { get; set; } = SentenceModel.MiniLM.Id;

    /// <summary>The folder holding the models' folders; empty for models/ beside the binaries.</summary>
    public string ModelsFolder { get; set; } = string.Empty;

    /// <summary>Where passage vectors are kept between restarts; relative to the working directory, like the database.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Knowledge:VectorCacheFolder must name a folder.")]
    public string VectorCacheFolder { get; set; } = "data/vectors";

    [Range(0, 100_000, ErrorMessage = "Knowledge:QueryCacheSize must be between 0 and 100000.")]
    public int QueryCacheSize { get; set; } = 512;

    /// <summary>Reload the policies when a file in the folder changes.</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>How the sentence model's weights are held (Quantized: 8-bit weights; Full: as the model ships).</summary>
    public SentencePrecision ModelPrecision { get; set; } = SentencePrecision.Quantized;

    public string ResolveFolder() =>
        string.IsNullOrWhiteSpace(Folder) ? Path.Combine(AppContext.BaseDirectory, "knowledge") : Path.GetFullPath(Folder);

    public KnowledgeOptions ToOptions() => new()
    {
        MinConfidence = MinConfidence,
        Organisation = Organisation,
        MaxCitations = MaxCitations,
        SemanticModel = SemanticModel,
        ModelsFolder = string.IsNullOrWhiteSpace(ModelsFolder) ? string.Empty : Path.GetFullPath(ModelsFolder),
        VectorCacheFolder = Path.GetFullPath(VectorCacheFolder),
        QueryCacheSize = QueryCacheSize,
        ModelPrecision = ModelPrecision,
    };
}
