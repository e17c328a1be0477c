namespace PolicyBot.Knowledge.Retrieval.Semantic;

/// <summary>
/// Questions' vectors, with the most recent few hundred kept: the same question asked again (a button, a
/// retry, a popular question) costs a lookup instead of a model run. Bounded, so any number of distinct
/// questions cannot grow it.
/// </summary>
internal sealed class QueryVectors(SentenceEncoder encoder, int capacity = 512)
{
    // One answer asks for its question's vector more than once (the search, then each quote's sentences), so
    // even "keep none" keeps the questions being answered now rather than encoding each of them three times.
    private const int InFlight = 8;

    private readonly int _capacity = Math.Max(InFlight, capacity);

    private readonly Dictionary<string, LinkedListNode<(string Question, float[] Vector)>> _byQuestion = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Question, float[] Vector)> _recent = new();
    private readonly Lock _lock = new();

    public SentenceEncoder Encoder => encoder;

    public float[] Of(string question)
    {
        lock (_lock)
        {
            if (_byQuestion.TryGetValue(question, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                return node.Value.Vector;
            }
        }

        var vector = encoder.EncodeQuery(question);
        lock (_lock)
        {
            if (!_byQuestion.ContainsKey(question))
            {
                _byQuestion[question] = _recent.AddFirst((question, vector));
                if (_recent.Count > _capacity)
                {
                    _byQuestion.Remove(_recent.Last!.Value.Question);
                    _recent.RemoveLast();
                }
            }
        }

        return vector;
    }
}
