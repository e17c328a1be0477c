namespace PolicyBot.Knowledge.Posting;

/// <summary>
/// Checks the shape of a flow: every reference resolves, every question can reach the end without looping,
/// and nothing is defined that no path can reach.
/// </summary>
internal static class FlowValidator
{
    public static void Validate(PostCheckFlow flow, IReadOnlySet<string> signalKinds, string source)
    {
        var duplicate = flow.Questions.GroupBy(q => q.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"{source}: there are two questions with the id '{duplicate.Key}'.");
        }

        if (flow.Question(flow.Start) is null)
        {
            throw new InvalidDataException($"{source}: the start question '{flow.Start}' is not one of the questions.");
        }

        foreach (var question in flow.Questions)
        {
            CheckQuestion(flow, question, signalKinds, source);
        }

        var reachedQuestions = new HashSet<string>(StringComparer.Ordinal);
        var reachedOutcomes = new HashSet<string>(StringComparer.Ordinal) { flow.Clear.Id };
        Visit(flow, flow.Start, [], reachedQuestions, reachedOutcomes, source);

        var lostQuestion = flow.Questions.FirstOrDefault(q => !reachedQuestions.Contains(q.Id));
        if (lostQuestion is not null)
        {
            throw new InvalidDataException($"{source}: no answer leads to the question '{lostQuestion.Id}', so it can never be asked.");
        }

        var lostOutcome = flow.Outcomes.FirstOrDefault(o => !reachedOutcomes.Contains(o.Id));
        if (lostOutcome is not null)
        {
            throw new InvalidDataException($"{source}: no answer reaches the outcome '{lostOutcome.Id}'.");
        }
    }

    private static void CheckQuestion(PostCheckFlow flow, FlowQuestion question, IReadOnlySet<string> signalKinds, string source)
    {
        if (question.Answers.Count < 2)
        {
            throw new InvalidDataException($"{source}: question '{question.Id}' needs at least two answers; with fewer it is a dead end or not a question.");
        }

        var answerIds = question.Answers.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        if (answerIds.Count != question.Answers.Count)
        {
            throw new InvalidDataException($"{source}: question '{question.Id}' has two answers with the same id.");
        }

        foreach (var answer in question.Answers)
        {
            if (answer.Next != PostCheckFlow.End && flow.Question(answer.Next) is null)
            {
                throw new InvalidDataException($"{source}: answer '{question.Id}/{answer.Id}' leads to '{answer.Next}', which is not a question (use \"{PostCheckFlow.End}\" to finish).");
            }

            if (answer.Outcome is not null && flow.Outcomes.All(o => o.Id != answer.Outcome))
            {
                throw new InvalidDataException($"{source}: answer '{question.Id}/{answer.Id}' adds the outcome '{answer.Outcome}', which is not defined.");
            }
        }

        if (!answerIds.Contains(question.Assume))
        {
            throw new InvalidDataException($"{source}: question '{question.Id}' assumes the answer '{question.Assume}', which it does not have.");
        }

        var draftAnswers = (question.Draft?.Rules.Select(r => r.Answer) ?? []).Append(question.Draft?.Otherwise).OfType<string>();
        var badAnswer = draftAnswers.FirstOrDefault(id => !answerIds.Contains(id));
        if (badAnswer is not null)
        {
            throw new InvalidDataException($"{source}: question '{question.Id}' settles drafts with the answer '{badAnswer}', which it does not have.");
        }

        var badSignal = question.Draft?.Rules.SelectMany(r => r.Signals).FirstOrDefault(kind => !signalKinds.Contains(kind));
        if (badSignal is not null)
        {
            throw new InvalidDataException($"{source}: question '{question.Id}' looks for the signal '{badSignal}', which draft-signals.json does not define.");
        }
    }

    // Depth-first over the question graph; a question met again on the current path is a loop,
    // from which some runs would never reach a verdict.
    private static void Visit(PostCheckFlow flow, string id, HashSet<string> path, HashSet<string> reachedQuestions, HashSet<string> reachedOutcomes, string source)
    {
        if (id == PostCheckFlow.End || reachedQuestions.Contains(id))
        {
            return;
        }

        if (!path.Add(id))
        {
            throw new InvalidDataException($"{source}: the question '{id}' leads back to itself, so the flow can loop without reaching a verdict.");
        }

        foreach (var answer in flow.Question(id)!.Answers)
        {
            if (answer.Outcome is not null)
            {
                reachedOutcomes.Add(answer.Outcome);
            }

            Visit(flow, answer.Next, path, reachedQuestions, reachedOutcomes, source);
        }

        reachedQuestions.Add(id);
        path.Remove(id);
    }
}
