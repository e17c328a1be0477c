namespace PolicyBot.Cards;

/// <summary>A short titled message, such as an error or a confirmation.</summary>
/// <param name="Title">One line, in bold.</param>
/// <param name="Text">What happened and what to do next.</param>
/// <param name="Color">"Default", "Good", "Warning" or "Attention".</param>
public sealed record NoticeCardData(string Title, string Text, string Color = "Default");
