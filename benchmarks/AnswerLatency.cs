using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Benchmarks;

/// <summary>
/// In-process answer latency: the shipped policy, and the shipped policy with the development library's ten
/// documents beside it, each with the sentence model, with its cache of recent questions' vectors and
/// without (every question encoded); then a synthetic corpus about 200 times larger, by words alone.
/// </summary>
internal static class AnswerLatency
{
    private const int Copies = 200;

    public static Task RunAsync()
    {
        var knowledgeFolder = Path.Combine(AppContext.BaseDirectory, "knowledge");
        var testData = Path.Combine(Repository.Root, "tests/PolicyBot.Knowledge.Tests/TestData");
        var policyQuestions = Questions(Path.Combine(testData, "eval-dev.jsonl"));
        var library = Path.Combine(testData, "library-dev");
        var libraryQuestions = Questions(Path.Combine(library, "eval-dev-library.jsonl")).Concat(policyQuestions).ToArray();
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-25T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

        foreach (var cached in new[] { true, false })
        {
            var options = new KnowledgeOptions { QueryCacheSize = cached ? 512 : 0 };
            var label = cached ? "recent questions' vectors kept" : "every question encoded";
            using (var knowledge = PolicyKnowledgeBase.Load(knowledgeFolder, options, time))
            {
                Report($"this policy, {label}", knowledge, policyQuestions);
            }

            using (var knowledge = PolicyKnowledgeBase.Load(knowledgeFolder, [library], options, time))
            {
                Report($"this policy and ten library documents, {label}", knowledge, libraryQuestions);
            }
        }

        var synthetic = SyntheticCorpus(knowledgeFolder);
        using (var large = PolicyKnowledgeBase.Load(synthetic, new KnowledgeOptions { SemanticModel = string.Empty }, time))
        {
            Report($"synthetic x{Copies + 1}, words alone", large, policyQuestions);
        }

        Directory.Delete(synthetic, recursive: true);
        return Task.CompletedTask;
    }

    private static string[] Questions(string file) => Evaluator.ReadCases(file).Select(c => c.Question).ToArray();

    private static void Report(string name, PolicyKnowledgeBase knowledge, string[] questions)
    {
        // Warm up for a few seconds, not one pass: tiered compilation recompiles hot methods in the
        // background about 100 ms after they reach 30 calls, and on two cores that recompilation would
        // otherwise land inside the measured rounds as a tail.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(3))
        {
            foreach (var question in questions)
            {
                knowledge.Ask(question);
            }
        }

        var rounds = knowledge.Index.IsSemantic ? 5 : 20;
        var samples = new List<double>(rounds * questions.Length);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var collectionsBefore = GC.CollectionCount(0);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var question in questions)
            {
                var start = Stopwatch.GetTimestamp();
                knowledge.Ask(question);
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        // Allocation shows whether the tail is garbage collection rather than work.
        var bytesPerAnswer = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / samples.Count;
        var collections = GC.CollectionCount(0) - collectionsBefore;
        samples.Sort();
        Console.WriteLine($"answer latency, {name} ({knowledge.Documents.Count} documents, {knowledge.Index.Passages.Count} passages, {samples.Count} questions): p50 {Percentile(samples, 0.50):F3} ms, p99 {Percentile(samples, 0.99):F3} ms, {bytesPerAnswer / 1024.0:F1} KB allocated per answer, {collections} gen-0 collections");
    }

    // Copies of the real policy under other titles, with the wording varied so that terms spread over many
    // documents as they would across a real policy library.
    private static string SyntheticCorpus(string knowledgeFolder)
    {
        var folder = Directory.CreateTempSubdirectory("policybot-bench").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "policies"));
        File.Copy(Path.Combine(knowledgeFolder, "routing.json"), Path.Combine(folder, "routing.json"));
        var original = File.ReadAllText(Path.Combine(knowledgeFolder, "policies", "social-media-policy.txt"));
        File.WriteAllText(Path.Combine(folder, "policies", "social-media-policy.txt"), original);
        var random = new Random(42);
        var words = original.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetter) && w.Length > 4).Distinct().ToArray();
        for (var copy = 0; copy < Copies; copy++)
        {
            var text = original.Replace("Social Media Policy", $"Policy {copy:D3}", StringComparison.Ordinal);
            for (var swap = 0; swap < 40; swap++)
            {
                text = text.Replace(" " + words[random.Next(words.Length)] + " ", $" term{random.Next(5000)} ", StringComparison.Ordinal);
            }

            File.WriteAllText(Path.Combine(folder, "policies", $"policy-{copy:D3}.txt"), text);
        }

        return folder;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
