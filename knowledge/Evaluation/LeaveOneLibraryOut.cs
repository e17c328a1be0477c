namespace PolicyBot.Knowledge.Evaluation;

/// <summary>
/// What a library nobody fitted on would see: each library set is answered by models fitted on every other
/// set given (the other libraries and the tuned policies' sets), on its own documents beside the tuned
/// policies (<see cref="LibraryScope"/>). Unlike folds over questions, no document of the library answered
/// is in the fit. Sets naming section paths are always fitted on, never scored; library sets that share a
/// document count as one library, left out together.
/// </summary>
public static class LeaveOneLibraryOut
{
    /// <summary>Each library set held out in turn, in the order given; <paramref name="off"/> names features left out of every fit.</summary>
    public static IReadOnlyList<HeldOutLibrary> Run(PolicyKnowledgeBase knowledge, IReadOnlyList<(string Set, IReadOnlyList<EvalCase> Cases)> sets, IReadOnlySet<int>? off = null, FitRecipe? recipe = null) =>
        Run(knowledge, sets, Prepare(knowledge, sets), off, recipe);

    /// <summary>Each set's candidates, searched once (<see cref="Calibrator.Prepare(PolicyKnowledgeBase, IReadOnlyList{IReadOnlyList{EvalCase}})"/>): every fold and a fit on all of them share them.</summary>
    public static IReadOnlyList<IReadOnlyList<CalibrationQuestion>> Prepare(PolicyKnowledgeBase knowledge, IReadOnlyList<(string Set, IReadOnlyList<EvalCase> Cases)> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        return sets.Select(set => Calibrator.Prepare(knowledge, [set.Cases])).ToList();
    }

    /// <summary>The same, with the sets' candidates already searched (<see cref="Prepare"/>), in the order of <paramref name="sets"/>.</summary>
    public static IReadOnlyList<HeldOutLibrary> Run(PolicyKnowledgeBase knowledge, IReadOnlyList<(string Set, IReadOnlyList<EvalCase> Cases)> sets, IReadOnlyList<IReadOnlyList<CalibrationQuestion>> prepared, IReadOnlySet<int>? off = null, FitRecipe? recipe = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(prepared);
        var results = new List<HeldOutLibrary>();
        for (var s = 0; s < sets.Count; s++)
        {
            if (LibraryScope.Of(sets[s].Cases) is not { } documents)
            {
                continue;
            }

            var training = Training(sets.Select(set => set.Cases).ToList(), s).SelectMany(t => prepared[t]).ToList();
            var (ranking, confidence) = Calibrator.Fit(training, off, recipe, Calibrator.Tuned(knowledge));
            var scope = LibraryScope.WithTuned(documents, knowledge);
            using var fitted = knowledge.WithModels(ranking, confidence);
            using var rankedOnly = knowledge.WithModels(ranking, confidence, minConfidence: 0);
            using var own = fitted.Only(scope);
            using var ownRanked = rankedOnly.Only(scope);
            results.Add(new HeldOutLibrary(sets[s].Set, Evaluator.Outcomes(own, sets[s].Cases), Evaluator.Outcomes(ownRanked, sets[s].Cases)));
        }

        return results;
    }

    /// <summary>
    /// The same library sets answered by the knowledge base's own models, each on its own documents beside the
    /// tuned policies: what to hold the held-out figures against (a library the models were fitted on flatters them).
    /// </summary>
    public static IReadOnlyList<HeldOutLibrary> AsShipped(PolicyKnowledgeBase knowledge, IReadOnlyList<(string Set, IReadOnlyList<EvalCase> Cases)> sets)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(sets);
        var results = new List<HeldOutLibrary>();
        foreach (var (name, cases) in sets)
        {
            if (LibraryScope.Of(cases) is { } documents)
            {
                var scope = LibraryScope.WithTuned(documents, knowledge);
                using var own = knowledge.Only(scope);
                using var rankedOnly = knowledge.WithModels(knowledge.Options.Ranking, knowledge.Options.Confidence, minConfidence: 0);
                using var ownRanked = rankedOnly.Only(scope);
                results.Add(new HeldOutLibrary(name, Evaluator.Outcomes(own, cases), Evaluator.Outcomes(ownRanked, cases)));
            }
        }

        return results;
    }

    /// <summary>The sets a fit for held-out set <paramref name="held"/> may use: every set that names no document of its library.</summary>
    internal static IReadOnlyList<int> Training(IReadOnlyList<IReadOnlyList<EvalCase>> sets, int held)
    {
        var documents = LibraryScope.Of(sets[held]) ?? new HashSet<string>();
        return Enumerable.Range(0, sets.Count)
            .Where(t => t != held && !(LibraryScope.Of(sets[t])?.Overlaps(documents) ?? false))
            .ToList();
    }
}
