using Microsoft.Extensions.Options;

namespace PolicyBot.Dialogs.Infrastructure.Knowledge;

/// <summary>Checks that the knowledge folder exists, so a wrong path stops the start instead of a bot that never gets ready.</summary>
internal sealed class KnowledgeSettingsValidator : IValidateOptions<KnowledgeSettings>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeSettings options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = options.ResolveFolder();
        return Directory.Exists(folder)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Knowledge:Folder '{folder}' does not exist; it should hold policies/, synonyms.txt and routing.json.");
    }
}
