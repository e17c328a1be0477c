namespace PolicyBot.Dialogs.Infrastructure.Generation;

/// <summary>The whole of what goes to the model: fixed rules, and a user turn built only from the question and passages.</summary>
/// <param name="System">The rules.</param>
/// <param name="User">The question and the numbered passages.</param>
/// <param name="Purpose">"answer" or "judge", for metrics.</param>
public sealed record ChatPrompt(string System, string User, string Purpose);
