using System.ComponentModel.DataAnnotations;

namespace PolicyBot.Dialogs.Infrastructure;

/// <summary>The bot's Azure Bot registration: the root configuration key MicrosoftAppId.</summary>
public sealed class BotIdentity
{
    /// <summary>Bound from the configuration's root, where the Bot Framework SDK reads the same keys.</summary>
    public const string SectionName = "";

    /// <summary>The bot's Microsoft App ID; empty in the Emulator's anonymous local mode.</summary>
    [RegularExpression("^$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", ErrorMessage = "MicrosoftAppId must be empty (local mode) or the Azure Bot's app id, a GUID like 2f0c6a3e-8d1b-4c7a-9e25-6b3d4f1a7c90.")]
    public string MicrosoftAppId { get; set; } = string.Empty;
}
