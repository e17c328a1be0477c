using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Knowledge;

public sealed class KnowledgeSettingsTests
{
    // Only MinConfidence and MaxCitations reached the knowledge base: the model, its folder, the vector cache
    // and the query cache could not be set at all.
    [Fact]
    public void ToOptions_EverySetting_ReachesTheKnowledgeBase()
    {
        var settings = new KnowledgeSettings { SemanticModel = "snowflake-arctic-embed-xs", ModelsFolder = "my-models", VectorCacheFolder = "cache/vectors", QueryCacheSize = 7, MinConfidence = 0.6, MaxCitations = 2, Organisation = "Acme, Acme Corp" };

        var options = settings.ToOptions();

        Assert.Equal("snowflake-arctic-embed-xs", options.SemanticModel);
        Assert.Equal(Path.GetFullPath("my-models"), options.ModelsFolder);
        Assert.Equal(Path.GetFullPath("cache/vectors"), options.VectorCacheFolder);
        Assert.Equal(7, options.QueryCacheSize);
        Assert.Equal(0.6, options.MinConfidence);
        Assert.Equal(2, options.MaxCitations);
        Assert.Equal("Acme, Acme Corp", options.Organisation);
    }

    [Fact]
    public void ToOptions_Defaults_KeepVectorsInTheDatabasesDataFolder()
    {
        var options = new KnowledgeSettings().ToOptions();

        Assert.Equal(Path.GetDirectoryName(new StorageSettings().ResolvePath()), Path.GetDirectoryName(options.VectorCacheFolder));
        Assert.Equal("vectors", Path.GetFileName(options.VectorCacheFolder));
        Assert.Equal(string.Empty, options.ModelsFolder);
        Assert.Equal("all-minilm-l6-v2", options.SemanticModel);
    }
}
