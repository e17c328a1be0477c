using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Parsing;
using PolicyBot.Knowledge.Posting;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge;

/// <summary>The loaded policies, their index and handoff routes: everything needed to answer a question.</summary>
public sealed class PolicyKnowledgeBase : IDisposable
{
    public const string PoliciesFolder = "policies";
    public const string SynonymsFile = "synonyms.txt";
    public const string ExamplesFolder = "examples";
    public const string NotCoveredFile = "not-covered.txt";
    public const string RoutingFile = "routing.json";
    public const string PostCheckFile = "post-check.json";
    public const string DraftSignalsFile = "draft-signals.json";

    /// <summary>The longest question answered; past it the question is refused before any work is done on it.</summary>
    /// <remarks>
    /// A question is a sentence or two: the longest in the evaluation sets is under 200 characters. The cap
    /// bounds the work of one answer (the words planned, searched and scored) and what is repeated from the
    /// question on the answer card and kept in the question log.
    /// </remarks>
    public const int MaxQuestionLength = 1000;

    /// <summary>How much of a refused question is kept on the reply, so the person sees which message it was.</summary>
    public const int RefusedQuestionEcho = 100;

    private readonly AnswerComposer _composer;

    private PolicyKnowledgeBase(IReadOnlyList<PolicyDocument> documents, PassageIndex index, RoutingTable routing, PostChecker? postCheck, KnowledgeOptions options, TimeProvider time, UncoveredTopics uncovered)
    {
        PostCheck = postCheck;
        Documents = documents;
        Index = index;
        Routing = routing;
        _composer = new AnswerComposer(index, routing, documents, options, time, uncovered);
    }

    public IReadOnlyList<PolicyDocument> Documents { get; }

    public PassageIndex Index { get; }

    public RoutingTable Routing { get; }

    /// <summary>Parts of the knowledge folder that were left out at load, and why; the rest loaded.</summary>
    public IReadOnlyList<string> Warnings { get; private set; } = [];

    /// <summary>The "can I post this?" flow and draft checker, or null when the folder has none.</summary>
    public PostChecker? PostCheck { get; }

    /// <summary>Loads policies, synonyms and routes from a knowledge folder, validating each.</summary>
    public static PolicyKnowledgeBase Load(string folder, KnowledgeOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var policies = PolicyLoader.ReadFolder(Path.Combine(folder, PoliciesFolder));
        var documents = policies.Documents;
        var synonymsPath = Path.Combine(folder, SynonymsFile);
        var synonyms = File.Exists(synonymsPath) ? SynonymTable.Load(synonymsPath) : SynonymTable.Empty;
        var routing = RoutingTable.Load(Path.Combine(folder, RoutingFile), documents);
        var notCoveredPath = Path.Combine(folder, NotCoveredFile);
        var uncovered = File.Exists(notCoveredPath) ? UncoveredTopics.Load(notCoveredPath) : UncoveredTopics.Empty;
        var flowPath = Path.Combine(folder, PostCheckFile);
        PostChecker? postCheck = null;
        if (File.Exists(flowPath))
        {
            var lexicon = SignalLexicon.Load(Path.Combine(folder, DraftSignalsFile));
            postCheck = new PostChecker(PostCheckFlow.Load(flowPath, documents, routing, lexicon.Kinds), lexicon, routing);
        }

        var examples = ExampleQuestions.LoadFolder(Path.Combine(folder, ExamplesFolder), documents);
        var knowledge = Create(documents, synonyms, routing, options, time, postCheck, uncovered, examples);

        // A policy file that could not be read is left out with a warning, like a misfiled example question.
        knowledge.Warnings = [.. policies.Warnings, .. knowledge.Warnings];
        return knowledge;
    }

    public static PolicyKnowledgeBase Create(
        IReadOnlyList<PolicyDocument> documents,
        SynonymTable synonyms,
        RoutingTable routing,
        KnowledgeOptions options,
        TimeProvider time,
        PostChecker? postCheck = null,
        UncoveredTopics? uncovered = null,
        ExampleQuestions? examples = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var index = new PassageIndex(PassageBuilder.Build(documents), synonyms, examples);
        return new PolicyKnowledgeBase(documents, index, routing, postCheck, options, time, uncovered ?? UncoveredTopics.Empty)
        {
            Warnings = examples?.Warnings ?? [],
        };
    }

    /// <summary>Answers a question from the policies, or says they do not cover it and names who to ask.</summary>
    /// <remarks>Callers cap what people type where it enters; this is the last line of defence (see <see cref="MaxQuestionLength"/>).</remarks>
    public PolicyAnswer Ask(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var trimmed = question.AsSpan().Trim();
        return trimmed.Length > MaxQuestionLength ? TooLong(trimmed) : _composer.Answer(question);
    }

    private PolicyAnswer TooLong(ReadOnlySpan<char> question) => new()
    {
        Question = string.Concat(question[..RefusedQuestionEcho].TrimEnd(), "\u2026"),
        Answered = false,
        Text = $"That message is {question.Length:N0} characters long. I answer questions of up to {MaxQuestionLength:N0} characters: please ask it in a sentence or two.",
        Confidence = 0,
        Citations = [],
        AskAPerson = Routing.Route(string.Empty, null),
    };

    public PolicySection? FindSection(string policyId, string sectionId) =>
        Documents.FirstOrDefault(d => d.Id == policyId)?.FindSection(sectionId);

    public PolicyDocument? FindPolicy(string policyId) => Documents.FirstOrDefault(d => d.Id == policyId);

    /// <summary>The review note for a policy, or null when it is current.</summary>
    public string? ReviewNote(string policyId) => _composer.ReviewNote([policyId]);

    public void Dispose() => Index.Dispose();
}
