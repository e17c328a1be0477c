namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// What documents never tuned for would see: each library set's cases are cut into folds (case i in fold
/// i mod k); each fold is answered with models fitted on every other fold and on the tuned policies' sets,
/// and the folds' results are pooled, with the same folds ranked without handing off beside them. A library's
/// cases are answered from its own documents beside the tuned policies, no other library's (<see cref="LibraryScope"/>). Sets that name section paths
/// are always fitted on, never scored.
/// </summary>
public static class CrossValidation
{
    /// <summary>The pooled report of each library set, in the order given; <paramref name="off"/> names features left out of every fit.</summary>
    public static IReadOnlyList<(string Set, EvalReport Report)> Run(PolicyKnowledgeBase knowledge, IReadOnlyList<(string Set, IReadOnlyList<EvalCase> Cases)> sets, int folds, IReadOnlySet<int>? off = null, FitRecipe? recipe = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var prepared = sets.Select(set => Calibrator.Prepare(knowledge, [set.Cases])).ToList();
        var library = sets.Select(set => set.Cases.Any(c => c.Answers is not null)).ToList();
        var pooled = sets.Select(_ => new List<EvalReport>()).ToList();
        var ranked = sets.Select(_ => new List<EvalReport>()).ToList();
        for (var fold = 0; fold < folds; fold++)
        {
            var training = prepared
                .SelectMany((questions, s) => questions.Where((_, i) => !library[s] || i % folds != fold))
                .ToList();
            var (ranking, confidence) = Calibrator.Fit(training, off, recipe, Calibrator.Tuned(knowledge));
            using var fitted = knowledge.WithModels(ranking, confidence);
            using var rankedOnly = knowledge.WithModels(ranking, confidence, minConfidence: 0);
            for (var s = 0; s < sets.Count; s++)
            {
                if (library[s])
                {
                    var held = sets[s].Cases.Where((_, i) => i % folds == fold).ToList();
                    var scope = LibraryScope.WithTuned(LibraryScope.Of(sets[s].Cases)!, knowledge);
                    using var own = fitted.Only(scope);
                    using var ownRanked = rankedOnly.Only(scope);
                    pooled[s].Add(Evaluator.Run(own, held));
                    ranked[s].Add(Evaluator.Run(ownRanked, held.Where(c => !c.OutOfScope).ToList()));
                }
            }
        }

        return sets
            .Select((set, s) => (set.Set, Report: library[s] ? Pool(pooled[s]) with { Ranked = Pool(ranked[s]) } : null))
            .Where(x => x.Report is not null)
            .Select(x => (x.Set, x.Report!))
            .ToList();
    }

    private static EvalReport Pool(List<EvalReport> folds)
    {
        var inScope = folds.Sum(f => f.InScope);
        var outOfScope = folds.Sum(f => f.OutOfScope);
        double Share(Func<EvalReport, double> rate, Func<EvalReport, int> of, int whole) =>
            whole == 0 ? 0 : folds.Sum(f => rate(f) * of(f)) / whole;
        return new EvalReport(
            inScope,
            outOfScope,
            Share(r => r.Top1, r => r.InScope, inScope),
            Share(r => r.Top3, r => r.InScope, inScope),
            Share(r => r.InScopeAbstained, r => r.InScope, inScope),
            Share(r => r.OutOfScopeHandedOff, r => r.OutOfScope, outOfScope),
            folds.SelectMany(f => f.Misses).ToList());
    }
}
