namespace PolicyBot.Cards;

/// <summary>The greeting card: what PolicyBot can do and some questions to try.</summary>
/// <param name="PolicyNames">The policies it knows, as a phrase ("the Social Media Policy").</param>
/// <param name="Examples">Example questions, shown as buttons that ask them.</param>
/// <param name="InChannel">True in channels and group chats, where people must @mention the bot.</param>
public sealed record WelcomeCardData(string PolicyNames, IReadOnlyList<ExampleQuestion> Examples, bool InChannel);

/// <summary>A question the welcome card offers as a button.</summary>
public sealed record ExampleQuestion(string Text);
