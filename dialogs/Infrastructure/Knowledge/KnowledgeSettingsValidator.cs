using Microsoft.Extensions.Options;
using PolicyBot.Knowledge.Retrieval.Semantic;

namespace PolicyBot.Dialogs.Infrastructure.Knowledge;

/// <summary>Checks that the knowledge folder exists, so a wrong path stops the start instead of a bot that never gets ready.</summary>
internal sealed class KnowledgeSettingsValidator : IValidateOptions<KnowledgeSettings>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeSettings options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = options.ResolveFolder();
        if (!Directory.Exists(folder))
        {
            return ValidateOptionsResult.Fail($"Knowledge:Folder '{folder}' does not exist; it should hold policies/, synonyms.txt and routing.json.");
        }

        if (!string.IsNullOrWhiteSpace(options.SemanticModel) && SentenceModel.Named(options.SemanticModel) is null)
        {
            return ValidateOptionsResult.Fail($"Knowledge:SemanticModel '{options.SemanticModel}' is not a sentence model PolicyBot knows; use {SentenceModel.MiniLM.Id} or {SentenceModel.ArcticXs.Id}, or leave it empty for words alone.");
        }

        // The model is read in the background after the start: a folder typed wrong must stop the start instead.
        return string.IsNullOrWhiteSpace(options.ModelsFolder) || Directory.Exists(options.ModelsFolder)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Knowledge:ModelsFolder '{Path.GetFullPath(options.ModelsFolder)}' does not exist; it should hold a folder per sentence model (all-minilm-l6-v2/ ...).");
    }
}
