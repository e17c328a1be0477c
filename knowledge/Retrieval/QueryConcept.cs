namespace PolicyBot.Knowledge.Retrieval;

/// <summary>
/// One thing a question asks about: the word or phrase as typed and every way of saying it that the
/// policies might use (synonyms, spelling corrections), each as its index terms.
/// </summary>
/// <param name="Surface">The words as the person typed them.</param>
/// <param name="Alternatives">Index terms of each way of saying it, with the weight it carries in the query.</param>
public sealed record QueryConcept(string Surface, IReadOnlyList<QueryAlternative> Alternatives);

/// <summary>One way of saying a <see cref="QueryConcept"/>, as index terms.</summary>
public sealed record QueryAlternative(IReadOnlyList<string> Terms, float Weight);
