namespace PolicyBot.Dialogs.Infrastructure.Generation;

/// <summary>A model answer that passed every check, with its markers renumbered to the passages it cites.</summary>
/// <param name="Text">The answer, markers [1]..[n] in order of first use.</param>
/// <param name="Cited">For each new marker, the index (0-based) of the passage the model was given.</param>
public sealed record CheckedAnswer(string Text, IReadOnlyList<int> Cited);
