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

    private readonly AnswerComposer _composer;

    private PolicyKnowledgeBase(IReadOnlyList<PolicyDocument> documents, PassageIndex index, RoutingTable routing, PostChecker? postCheck, KnowledgeOptions options, TimeProvider time, UncoveredTopics uncovered)
    {
        PostCheck = postCheck;
        Documents = documents;
        Index = index;
        Routing = routing;
        Options = options;
        _composer = new AnswerComposer(index, routing, documents, options, time, uncovered);
    }

    public IReadOnlyList<PolicyDocument> Documents { get; }

    public PassageIndex Index { get; }

    public RoutingTable Routing { get; }

    /// <summary>How this knowledge base answers.</summary>
    public KnowledgeOptions Options { get; }

    /// <summary>The knowledge folder it was loaded from, or null for documents alone.</summary>
    public string? Folder { get; private init; }

    /// <summary>Parts of the knowledge folder that were left out at load, and why; the rest loaded.</summary>
    public IReadOnlyList<string> Warnings { get; private init; } = [];

    /// <summary>The "can I post this?" flow and draft checker, or null when the folder has none.</summary>
    public PostChecker? PostCheck { get; }

    /// <summary>Loads policies, synonyms and routes from a knowledge folder, validating each.</summary>
    public static PolicyKnowledgeBase Load(string folder, KnowledgeOptions options, TimeProvider time) =>
        Load(folder, [], options, time);

    /// <summary>
    /// Loads a knowledge folder (or none) with folders of documents beside its policies, as they come: a
    /// library's documents bring no examples, synonyms or routes, and are answered all the same.
    /// </summary>
    /// <param name="folder">A knowledge folder with policies/ and its data files, or null for the library alone.</param>
    /// <param name="libraries">Folders of documents, each either holding them or holding a documents/ or policies/ folder.</param>
    /// <param name="options">How to answer.</param>
    /// <param name="time">The clock, for review dates.</param>
    public static PolicyKnowledgeBase Load(string? folder, IReadOnlyList<string> libraries, KnowledgeOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(libraries);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        IEnumerable<PolicyDocument> loaded = folder is null ? [] : PolicyLoader.LoadFolder(Path.Combine(folder, PoliciesFolder));
        var documents = loaded.Concat(libraries.SelectMany(library => PolicyLoader.LoadFolder(DocumentsOf(library)))).ToList();
        if (folder is null)
        {
            return Create(documents, SynonymTable.Empty, RoutingTable.ForDocuments(documents), options, time);
        }

        var synonymsPath = Path.Combine(folder, SynonymsFile);
        var synonyms = File.Exists(synonymsPath) ? SynonymTable.Load(synonymsPath) : SynonymTable.Empty;
        var routingPath = Path.Combine(folder, RoutingFile);
        var routing = File.Exists(routingPath) ? RoutingTable.Load(routingPath, documents) : RoutingTable.ForDocuments(documents);
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
        return Create(documents, synonyms, routing, options, time, postCheck, uncovered, examples, folder);
    }

    // A library folder as it is published: its documents beside a README and sources, or in a folder of their own.
    private static string DocumentsOf(string library)
    {
        foreach (var inner in (string[])["documents", PoliciesFolder])
        {
            if (Directory.Exists(Path.Combine(library, inner)))
            {
                return Path.Combine(library, inner);
            }
        }

        return library;
    }

    public static PolicyKnowledgeBase Create(
        IReadOnlyList<PolicyDocument> documents,
        SynonymTable synonyms,
        RoutingTable routing,
        KnowledgeOptions options,
        TimeProvider time,
        PostChecker? postCheck = null,
        UncoveredTopics? uncovered = null,
        ExampleQuestions? examples = null,
        string? folder = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var index = new PassageIndex(PassageBuilder.Build(documents), synonyms, examples);
        return new PolicyKnowledgeBase(documents, index, routing, postCheck, options, time, uncovered ?? UncoveredTopics.Empty)
        {
            Warnings = examples?.Warnings ?? [],
            Folder = folder,
        };
    }

    /// <summary>Answers a question from the policies, or says they do not cover it and names who to ask.</summary>
    public PolicyAnswer Ask(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return _composer.Answer(question);
    }

    public PolicySection? FindSection(string policyId, string sectionId) =>
        Documents.FirstOrDefault(d => d.Id == policyId)?.FindSection(sectionId);

    public PolicyDocument? FindPolicy(string policyId) => Documents.FirstOrDefault(d => d.Id == policyId);

    /// <summary>The review note for a policy, or null when it is current.</summary>
    public string? ReviewNote(string policyId) => _composer.ReviewNote([policyId]);

    public void Dispose() => Index.Dispose();
}
