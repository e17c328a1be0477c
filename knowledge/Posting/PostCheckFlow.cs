using System.Text.Json;
using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Posting;

/// <summary>
/// The "can I post this?" decision flow from post-check.json: questions whose answers lead on and add outcomes.
/// Loading checks every reference, so a broken file fails at start-up rather than in front of staff.
/// </summary>
public sealed class PostCheckFlow
{
    /// <summary>The "next" of an answer that finishes the flow.</summary>
    public const string End = "end";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private readonly Dictionary<string, FlowQuestion> _questions;
    private readonly Dictionary<string, FlowOutcome> _outcomes;

    internal PostCheckFlow(string start, FlowOutcome clear, IReadOnlyList<FlowQuestion> questions, IReadOnlyList<FlowOutcome> outcomes)
    {
        Start = start;
        Clear = clear;
        Questions = questions;
        _questions = questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        _outcomes = outcomes.ToDictionary(o => o.Id, StringComparer.Ordinal);
    }

    /// <summary>The first question's id.</summary>
    public string Start { get; }

    /// <summary>The outcome when no answer raised anything.</summary>
    public FlowOutcome Clear { get; }

    public IReadOnlyList<FlowQuestion> Questions { get; }

    public IReadOnlyCollection<FlowOutcome> Outcomes => _outcomes.Values;

    public FlowQuestion? Question(string id) => _questions.GetValueOrDefault(id);

    public FlowOutcome Outcome(string id) => _outcomes[id];

    public static PostCheckFlow Load(string path, IReadOnlyList<PolicyDocument> documents, RoutingTable routing, IReadOnlySet<string> signalKinds) =>
        Parse(File.ReadAllText(path), documents, routing, signalKinds, Path.GetFileName(path));

    public static PostCheckFlow Parse(string json, IReadOnlyList<PolicyDocument> documents, RoutingTable routing, IReadOnlySet<string> signalKinds, string source = "post-check.json")
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(routing);
        FlowFile file;
        try
        {
            file = JsonSerializer.Deserialize<FlowFile>(json, JsonOptions) ?? throw new InvalidDataException($"{source} is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source} is not valid JSON: {ex.Message}", ex);
        }

        var document = documents.FirstOrDefault(d => d.Id == file.Policy)
            ?? throw new InvalidDataException($"{source}: the policy '{file.Policy}' is not loaded.");
        var outcomes = (file.Outcomes ?? []).Select(o => o.ToOutcome(document, routing, source)).ToList();
        var questions = (file.Questions ?? []).Select(q => q.ToQuestion(source)).ToList();
        var clear = outcomes.FirstOrDefault(o => o.Id == file.Clear)
            ?? throw new InvalidDataException($"{source}: the clear outcome '{file.Clear}' is not one of the outcomes.");
        var flow = new PostCheckFlow(file.Start ?? string.Empty, clear, questions, outcomes);
        FlowValidator.Validate(flow, signalKinds, source);
        return flow;
    }

    /// <summary>Follows the answers from the start: the steps taken and the question waiting, if any.</summary>
    public FlowPosition Walk(IReadOnlyDictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var steps = new List<FlowStep>();
        var id = Start;
        while (id != End)
        {
            var question = _questions[id];
            if (!answers.TryGetValue(id, out var answerId) || question.Answer(answerId) is not { } answer)
            {
                return new FlowPosition(steps, question);
            }

            steps.Add(new FlowStep(question, answer));
            id = answer.Next;
        }

        return new FlowPosition(steps, null);
    }

    /// <summary>The verdict for a finished path: the most serious outcome, its reasons and who to ask.</summary>
    public (Verdict Verdict, IReadOnlyList<FlowOutcome> Reasons) Judge(IEnumerable<FlowStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var reached = steps.Where(step => step.Answer.Outcome is not null).Select(step => _outcomes[step.Answer.Outcome!]).Distinct().ToList();
        var concerns = reached.Where(o => o.Verdict != Verdict.Ok).OrderByDescending(o => o.Verdict).ToList();
        if (concerns.Count > 0)
        {
            return (concerns[0].Verdict, concerns);
        }

        var fine = reached.Where(o => o.Verdict == Verdict.Ok).ToList();
        return (Verdict.Ok, fine.Count > 0 ? fine : [Clear]);
    }
}
