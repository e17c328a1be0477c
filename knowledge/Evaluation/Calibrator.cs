using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// Fits the two models over a hit's features. The ranking is a conditional logit: for each question, the
/// probability of its right candidates among all candidates of every policy (fitted on questions the
/// documents answer). The confidence is a logistic regression on the best-ranked hit of each question,
/// labelled by whether the first three sections cited hold a right one (out-of-scope questions never do).
/// Question sets of the two kinds (the shipped policy's, naming section paths; a library's, naming
/// documents) weigh the same in total, so neither model learns one policy's habits at the expense of
/// documents as they come.
/// </summary>
public static class Calibrator
{
    // Candidates per question the fit sees: every policy's in the question's scope, as the library index puts them forward.
    private const int AllCandidates = 1000;
    private const int RankingSteps = 3000;

    /// <summary>Fits both models on question sets pooled; a set whose cases name documents is a library's.</summary>
    public static (SplitModel Ranking, SplitModel Confidence) Fit(PolicyKnowledgeBase knowledge, IReadOnlyList<IReadOnlyList<EvalCase>> sets, IReadOnlySet<int>? off = null, FitRecipe? recipe = null) =>
        Fit(Prepare(knowledge, sets), off, recipe, Tuned(knowledge));

    /// <summary>The tuned policies' models a fit of untuned ones holds fixed: the knowledge base's own.</summary>
    public static (ConfidenceModel Ranking, ConfidenceModel Confidence) Tuned(PolicyKnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return (knowledge.Options.Ranking.Tuned, knowledge.Options.Confidence.Tuned);
    }

    /// <summary>Every case's candidates, searched once: folds of a cross-validation fit on subsets of them.</summary>
    public static IReadOnlyList<CalibrationQuestion> Prepare(PolicyKnowledgeBase knowledge, IReadOnlyList<IReadOnlyList<EvalCase>> sets) =>
        Prepare(knowledge, sets, AllCandidates);

    /// <summary>The same with another cap on each question's candidates: a test's few documents make a small one bite.</summary>
    internal static IReadOnlyList<CalibrationQuestion> Prepare(PolicyKnowledgeBase knowledge, IReadOnlyList<IReadOnlyList<EvalCase>> sets, int candidates)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(sets);
        var prepared = new List<CalibrationQuestion>();
        foreach (var set in sets)
        {
            if (LibraryScope.Of(set) is { } documents)
            {
                // A library set is searched on its own documents and the tuned policies alone, as it is answered
                // (LibraryScope): the candidate cap then applies inside that scope, so what a fit sees of it
                // depends neither on the other libraries loaded nor on where the shipped ranking cuts across them.
                using var own = knowledge.Only(LibraryScope.WithTuned(documents, knowledge));
                prepared.AddRange(set.Select(c => new CalibrationQuestion(c, true, own.Index.Search(c.Question, candidates).ToList())));
            }
            else
            {
                prepared.AddRange(set.Select(c => new CalibrationQuestion(c, false, Candidates(knowledge, c, candidates))));
            }
        }

        return prepared;
    }

    /// <summary>
    /// Fits both models on prepared questions; the two kinds of set weigh as the recipe says (half each by
    /// default). Features numbered in <paramref name="off"/> are left out (weight 0). With
    /// <see cref="FitRecipe.UntunedOnly"/> the tuned policies' hits keep <paramref name="tuned"/> (the shipped
    /// models when not given) and only untuned documents' models are fitted; otherwise one model serves both.
    /// </summary>
    public static (SplitModel Ranking, SplitModel Confidence) Fit(IReadOnlyList<CalibrationQuestion> prepared, IReadOnlySet<int>? off = null, FitRecipe? recipe = null, (ConfidenceModel Ranking, ConfidenceModel Confidence)? tuned = null)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        recipe ??= FitRecipe.Default;
        var (tunedRanking, tunedConfidence) = tuned ?? (ConfidenceModel.DefaultRanking, ConfidenceModel.Default);
        double[] Without(SearchHit hit, IEnumerable<int> left)
        {
            var features = ConfidenceModel.Features(hit);
            foreach (var i in left)
            {
                features[i] = 0;
            }

            return features;
        }

        // The ranking never reads the untuned confidence's own features; one model for both kinds does not either,
        // so that such a fit stays the one made before them.
        off ??= new HashSet<int>();
        var rankingOff = off.Union(ConfidenceModel.UntunedConfidenceOnly).ToHashSet();
        var confidenceOff = recipe.UntunedOnly ? off : rankingOff;
        double[] RankingFeatures(SearchHit hit) => Without(hit, rankingOff);
        double[] Features(SearchHit hit) => Without(hit, confidenceOff);

        // Fitting untuned models alone, a tuned hit is no unknown: the fixed ranking's log-odds stand for it.
        bool Fitted(SearchHit hit) => !recipe.UntunedOnly || !hit.Tuned;
        var library = prepared.Count(q => q.Library);
        var questions = prepared
            .Select(q => (q.Case, Weight: q.Library ? recipe.LibraryShare / Math.Max(1, library) : (1 - recipe.LibraryShare) / Math.Max(1, prepared.Count - library), q.Hits))
            .ToList();

        var inScope = questions
            .Where(q => !q.Case.OutOfScope && q.Hits.Any(hit => Right(q.Case, hit)) && q.Hits.Any(Fitted))
            .Select(q => (
                q.Weight,
                Features: q.Hits.Select(hit => Fitted(hit) ? RankingFeatures(hit) : null).ToArray(),
                Right: q.Hits.Select(hit => Right(q.Case, hit)).ToArray(),
                Offsets: q.Hits.Select(hit => Fitted(hit) ? 0 : tunedRanking.Logit(hit)).ToArray()))
            .ToList();
        var fittedRanking = ModelFitting.ConditionalLogit(inScope, recipe.RankingL2, RankingSteps);
        var ranking = recipe.UntunedOnly ? new SplitModel(tunedRanking, fittedRanking) : SplitModel.Both(fittedRanking);

        // The confidence learns from the questions whose best hit it would judge: all of them, or, fitting
        // untuned models alone, those whose best-ranked hit is an untuned document's.
        var confidence = new List<(double[], bool, double)>();
        foreach (var (evalCase, weight, hits) in questions)
        {
            var ranked = hits.OrderByDescending(ranking.Logit).ToList();
            if (ranked.Count == 0 || !Fitted(ranked[0]))
            {
                if (!recipe.UntunedOnly)
                {
                    confidence.Add((new double[ConfidenceModel.FeatureNames.Count], false, weight));
                }

                continue;
            }

            var sections = ranked.DistinctBy(hit => (hit.Passage.PolicyId, hit.Passage.SectionId)).Take(3);
            confidence.Add((Features(ranked[0]), sections.Any(hit => Right(evalCase, hit)), weight));
        }

        var fittedConfidence = ModelFitting.Logistic(confidence, recipe.ConfidenceL2);
        return (ranking, recipe.UntunedOnly ? new SplitModel(tunedConfidence, fittedConfidence) : SplitModel.Both(fittedConfidence));
    }

    // A set that names section paths was written for the shipped policies, which have example questions:
    // its out-of-scope questions are out of their scope, and another document may well answer them
    // ("how do I apply for annual leave"), so they are judged on the tuned policies' hits alone.
    private static List<SearchHit> Candidates(PolicyKnowledgeBase knowledge, EvalCase evalCase, int candidates)
    {
        var hits = knowledge.Index.Search(evalCase.Question, candidates);
        return evalCase.OutOfScope ? hits.Where(hit => hit.Tuned).ToList() : hits.ToList();
    }

    private static bool Right(EvalCase evalCase, SearchHit hit) =>
        !evalCase.OutOfScope && evalCase.IsRight(new Citation(hit.Passage.PolicyTitle, hit.Passage.PolicyId, hit.Passage.SectionPath, hit.Passage.SectionId, hit.Passage.Text));
}
