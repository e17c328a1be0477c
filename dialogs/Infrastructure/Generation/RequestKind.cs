namespace PolicyBot.Dialogs.Infrastructure.Generation;

/// <summary>What a question asks of the bot, as far as the model is concerned.</summary>
public enum RequestKind
{
    /// <summary>A question about the policy: the model may answer it from the passages.</summary>
    Question,

    /// <summary>Asks for a political opinion: public servants stay neutral, so the model is not asked.</summary>
    PoliticalOpinion,

    /// <summary>Asks the bot to write a post or comment: it explains the policy instead.</summary>
    DraftPost,
}
