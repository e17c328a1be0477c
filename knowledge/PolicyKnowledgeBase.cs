using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Parsing;
using PolicyBot.Knowledge.Posting;
using PolicyBot.Knowledge.Retrieval;
using PolicyBot.Knowledge.Retrieval.Semantic;

namespace PolicyBot.Knowledge;

/// <summary>The loaded policies, their index and handoff routes: everything needed to answer a question.</summary>
public sealed class PolicyKnowledgeBase : IDisposable
{
    public const string PoliciesFolder = "policies";
    public const string ExamplesFolder = DocumentTuning.ExamplesFolder;
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
    private readonly TimeProvider _time;

    private PolicyKnowledgeBase(IReadOnlyList<PolicyDocument> documents, LibraryIndex index, RoutingTable routing, PostChecker? postCheck, KnowledgeOptions options, TimeProvider time)
    {
        PostCheck = postCheck;
        Documents = documents;
        Index = index;
        Routing = routing;
        Options = options;
        _time = time;
        _composer = new AnswerComposer(index, routing, documents, options, time);
    }

    public IReadOnlyList<PolicyDocument> Documents { get; }

    public LibraryIndex Index { get; }

    public RoutingTable Routing { get; }

    /// <summary>How this knowledge base answers.</summary>
    public KnowledgeOptions Options { get; }

    /// <summary>The knowledge folder it was loaded from, or null for documents alone.</summary>
    public string? Folder { get; private init; }

    /// <summary>Parts of the knowledge folder that were left out at load, and why; the rest loaded.</summary>
    public IReadOnlyList<string> Warnings { get; private init; } = [];

    /// <summary>The "can I post this?" flow and draft checker, or null when the folder has none.</summary>
    public PostChecker? PostCheck { get; }

    /// <summary>Loads policies, their tuning and routes from a knowledge folder, validating each.</summary>
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
        var policies = folder is null ? PolicyFiles.None : PolicyLoader.ReadFolder(Path.Combine(folder, PoliciesFolder));
        var shelves = libraries.Select(library => PolicyLoader.ReadFolder(DocumentsOf(library))).ToList();
        var documents = policies.Documents.Concat(shelves.SelectMany(shelf => shelf.Documents)).ToList();

        // A policy file that could not be read is left out with a warning, like a misfiled example question.
        IReadOnlyList<string> unreadable = [.. policies.Warnings, .. shelves.SelectMany(shelf => shelf.Warnings)];

        // The deployment's organisation, then any a knowledge or library folder names for its documents.
        var organisations = (folder is null ? libraries : [folder, .. libraries])
            .Select(path => Path.Combine(path, Organisations.FileName))
            .Where(File.Exists)
            .Aggregate(Organisations.Named(options.Organisation), (all, file) => all.With(Organisations.Load(file)));
        unreadable = [.. unreadable, .. organisations.DocumentIds.Where(id => !documents.Any(d => d.Id == id))
            .Select(id => $"{Organisations.FileName}: no document is called '{id}', so no organisation owns it. Name a document by its file name without the extension.")];
        if (folder is null)
        {
            return Create(documents, new Dictionary<string, DocumentTuning>(), RoutingTable.ForDocuments(documents), options, time, warnings: [.. unreadable, .. UnnamedOrganisation(documents, new(), organisations, options)], organisations: organisations);
        }

        var routingPath = Path.Combine(folder, RoutingFile);
        var routing = File.Exists(routingPath) ? RoutingTable.Load(routingPath, documents) : RoutingTable.ForDocuments(documents);
        var flowPath = Path.Combine(folder, PostCheckFile);
        PostChecker? postCheck = null;
        if (File.Exists(flowPath))
        {
            var lexicon = SignalLexicon.Load(Path.Combine(folder, DraftSignalsFile));
            postCheck = new PostChecker(PostCheckFlow.Load(flowPath, documents, routing, lexicon.Kinds), lexicon, routing);
        }

        var (tuning, warnings) = DocumentTuning.LoadFolder(folder, documents);
        return Create(documents, tuning, routing, options, time, postCheck, folder, [.. unreadable, .. warnings, .. UnnamedOrganisation(documents, tuning, organisations, options)], organisations);
    }

    /// <summary>
    /// A knowledge base over documents already parsed, each with what was written to help answer it (or
    /// nothing); <paramref name="organisations"/> names whose documents they are (default: the options' organisation).
    /// </summary>
    public static PolicyKnowledgeBase Create(
        IReadOnlyList<PolicyDocument> documents,
        IReadOnlyDictionary<string, DocumentTuning> tuning,
        RoutingTable routing,
        KnowledgeOptions options,
        TimeProvider time,
        PostChecker? postCheck = null,
        string? folder = null,
        IReadOnlyList<string>? warnings = null,
        Organisations? organisations = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        var index = new LibraryIndex(documents, tuning, options.Ranking, Semantic(options), organisations ?? Organisations.Named(options.Organisation));
        return new PolicyKnowledgeBase(documents, index, routing, postCheck, options, time)
        {
            Warnings = warnings ?? [],
            Folder = folder,
        };
    }

    // The sentence model named in the options, shared by every knowledge base of the process, and the vector
    // cache in its folder; null when the options turn it off.
    private static SemanticSearch? Semantic(KnowledgeOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.SemanticModel))
        {
            return null;
        }

        var model = SentenceModel.Named(options.SemanticModel)
            ?? throw new InvalidDataException($"No sentence model is called '{options.SemanticModel}'; use {SentenceModel.MiniLM.Id} or {SentenceModel.ArcticXs.Id}, or leave it empty.");
        var models = string.IsNullOrWhiteSpace(options.ModelsFolder) ? SentenceModelFiles.DefaultFolder : options.ModelsFolder;
        var cache = string.IsNullOrWhiteSpace(options.VectorCacheFolder) ? Path.Combine("data", "vectors") : options.VectorCacheFolder;
        var precision = options.ModelPrecision;
        return new SemanticSearch(Task.Run(() => SentenceEncoder.Shared(models, model, precision, cache)), VectorCache.Shared(cache, SentenceEncoder.CacheId(model, precision)), options.QueryCacheSize);
    }

    // The hint that untuned documents name an organisation no setting or organisations.txt line names, if they do.
    private static IEnumerable<string> UnnamedOrganisation(IReadOnlyList<PolicyDocument> documents, Dictionary<string, DocumentTuning> tuning, Organisations organisations, KnowledgeOptions options)
    {
        var unnamed = documents.Where(d => !organisations.Owns(d.Id) && !(tuning.TryGetValue(d.Id, out var tuned) && tuned.Examples.Any)).ToList();
        var models = string.IsNullOrWhiteSpace(options.ModelsFolder) ? SentenceModelFiles.DefaultFolder : options.ModelsFolder;
        var model = SentenceModel.Named(options.SemanticModel) ?? SentenceModel.MiniLM;
        return OrganisationHint.For(unnamed, () => OrganisationHint.Vocabulary(models, model)) is { } hint ? [hint] : [];
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

    /// <summary>
    /// The same documents, vectors and routes answered with other ranking and confidence models: what an
    /// evaluation of a fit needs, without parsing and encoding again. Disposing it leaves this one whole.
    /// <paramref name="minConfidence"/> replaces the options' own (0: the ranking alone, never handing off).
    /// </summary>
    public PolicyKnowledgeBase WithModels(SplitModel ranking, SplitModel confidence, double? minConfidence = null)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(confidence);
        var options = new KnowledgeOptions
        {
            MinConfidence = minConfidence ?? Options.MinConfidence,
            MaxCitations = Options.MaxCitations,
            Organisation = Options.Organisation,
            CitationScoreRatio = Options.CitationScoreRatio,
            UntunedCitationScoreRatio = Options.UntunedCitationScoreRatio,
            SemanticModel = Options.SemanticModel,
            ModelsFolder = Options.ModelsFolder,
            VectorCacheFolder = Options.VectorCacheFolder,
            QueryCacheSize = Options.QueryCacheSize,
            Ranking = ranking,
            Confidence = confidence,
        };
        return new PolicyKnowledgeBase(Documents, Index.WithRanking(ranking), Routing, PostCheck, options, _time)
        {
            Folder = Folder,
            Warnings = Warnings,
        };
    }

    /// <summary>
    /// A view with some of the policies alone, answering as if only they were loaded (every figure a hit
    /// carries is its own policy's): for scoring a library's questions on the documents they were written for.
    /// </summary>
    public PolicyKnowledgeBase Only(IReadOnlySet<string> policyIds)
    {
        ArgumentNullException.ThrowIfNull(policyIds);
        return new PolicyKnowledgeBase(Documents.Where(d => policyIds.Contains(d.Id)).ToList(), Index.WithRanking(Options.Ranking, policyIds), Routing, PostCheck, Options, _time)
        {
            Folder = Folder,
            Warnings = Warnings,
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
