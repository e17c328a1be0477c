using System.Text;
using System.Text.Json;
using PolicyBot.Dialogs.Infrastructure.Generation;
using PolicyBot.Knowledge.Posting;

namespace PolicyBot.Bot.Cli;

/// <summary>`check`: the draft checker from the command line, the same code the bot runs on a pasted draft.</summary>
internal static class CheckCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var json = args.Contains("--json");
        var draft = string.Join(' ', args.Where(arg => arg != "--json")).Trim();
        var (services, knowledge) = await CliServices.StartAsync(CancellationToken.None).ConfigureAwait(false);
        await using (services.ConfigureAwait(false))
        {
            var judge = services.GetService<IDraftJudge>();
            if (knowledge.PostCheck is not { } checker)
            {
                await error.WriteLineAsync($"The knowledge folder has no {Knowledge.PolicyKnowledgeBase.PostCheckFile}, so there is nothing to check drafts against.").ConfigureAwait(false);
                return 1;
            }

            if (draft.Length > 0)
            {
                if (draft.Length > PostChecker.MaxDraftLength)
                {
                    await error.WriteLineAsync($"That draft is {draft.Length} characters; the checker takes at most {PostChecker.MaxDraftLength}.").ConfigureAwait(false);
                    return 2;
                }

                var result = checker.Check(draft);
                var judgment = judge is null ? null : await judge.JudgeAsync(knowledge, draft, result, CancellationToken.None).ConfigureAwait(false);
                await output.WriteLineAsync(json ? Serialize(draft, result, judge, judgment) : PlainText(result, judgment)).ConfigureAwait(false);
                return 0;
            }

            // One draft a line in, one JSON line out, like `ask`; an over-long line is reported, not fatal.
            while (await input.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                var text = line.Trim();
                if (text.Length > PostChecker.MaxDraftLength)
                {
                    await error.WriteLineAsync($"Skipped a draft of {text.Length} characters; the checker takes at most {PostChecker.MaxDraftLength}.").ConfigureAwait(false);
                }
                else if (text.Length > 0)
                {
                    var result = checker.Check(text);
                    var judgment = judge is null ? null : await judge.JudgeAsync(knowledge, text, result, CancellationToken.None).ConfigureAwait(false);
                    await output.WriteLineAsync(Serialize(text, result, judge, judgment)).ConfigureAwait(false);
                }
            }

            return 0;
        }
    }

    // "model_judgment" appears only when a model is configured, so the output is unchanged without one.
    private static string Serialize(string draft, PostCheckResult result, IDraftJudge? judge, string? judgment)
    {
        var node = JsonSerializer.SerializeToNode(CheckJson.From(draft, result), AnswerJson.Options)!.AsObject();
        if (judge is not null)
        {
            node["model_judgment"] = judgment;
        }

        return node.ToJsonString(AnswerJson.Options);
    }

    private static string PlainText(PostCheckResult result, string? judgment)
    {
        var text = new StringBuilder().AppendLine($"Verdict: {result.Verdict.ToName()}");
        if (judgment is not null)
        {
            text.AppendLine($"  {ModelJudgment.Label}: {judgment}");
        }

        foreach (var signal in result.Signals)
        {
            text.AppendLine($"  noticed: {signal.Label}: {string.Join(", ", signal.Evidence.Select(e => $"\"{e}\""))}");
        }

        foreach (var reason in result.Reasons)
        {
            text.AppendLine().AppendLine($"- {reason.Reason}");
            if (reason.Check is not null)
            {
                text.AppendLine($"  Check: {reason.Check}");
            }

            text.AppendLine($"  {reason.Citation.Policy} > {reason.Citation.Section}: \"{reason.Citation.Quote}\"");
        }

        foreach (var handoff in result.Handoffs)
        {
            text.AppendLine().Append($"Next step: ask {handoff.InSentence}").AppendLine(handoff.Contact.Length > 0 ? $" ({handoff.Contact})." : ".");
        }

        if (result.QuestionsLeft.Count > 0)
        {
            text.AppendLine().AppendLine("The draft doesn't say, so I assumed:");
            foreach (var question in result.QuestionsLeft)
            {
                text.AppendLine($"  {question.Text} {question.Answer(question.Assume)!.Label}");
            }
        }

        return text.ToString().TrimEnd();
    }
}
