using System.Diagnostics;
using PolicyBot.Knowledge.Evaluation;
using PolicyBot.Knowledge.Retrieval.Semantic;

namespace PolicyBot.Benchmarks;

/// <summary>Milliseconds to encode one question, for each sentence model PolicyBot can run, on one thread and on two.</summary>
internal static class EncoderLatency
{
    public static Task RunAsync()
    {
        var questions = Evaluator.ReadCases(Path.Combine(Repository.Root, "tests/PolicyBot.Knowledge.Tests/TestData/eval-next-e.jsonl"))
            .Concat(Evaluator.ReadCases(Path.Combine(Repository.Root, "tests/PolicyBot.Knowledge.Tests/TestData/library-dev/eval-dev-library.jsonl")))
            .Select(c => c.Question)
            .ToArray();
        var models = Path.Combine(AppContext.BaseDirectory, "models");
        foreach (var model in new[] { SentenceModel.MiniLM, SentenceModel.ArcticXs })
        {
            if (!Directory.Exists(Path.Combine(models, model.Id)))
            {
                Console.WriteLine($"sentence model {model.Id}: not shipped");
                continue;
            }

            foreach (var threads in new[] { 1, 2 })
            {
                var loading = Stopwatch.StartNew();
                using var encoder = SentenceEncoder.Load(models, model, threads);
                var loaded = loading.Elapsed.TotalMilliseconds;
                foreach (var question in questions.Take(50))
                {
                    encoder.EncodeQuery(question);
                }

                var samples = new List<double>();
                for (var round = 0; round < 3; round++)
                {
                    foreach (var question in questions)
                    {
                        var start = Stopwatch.GetTimestamp();
                        encoder.EncodeQuery(question);
                        samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    }
                }

                samples.Sort();
                Console.WriteLine($"sentence model {model.Id}, {threads} thread(s): loaded in {loaded:F0} ms; a question in p50 {samples[samples.Count / 2]:F2} ms, p99 {samples[(int)(samples.Count * 0.99)]:F2} ms ({samples.Count} encodings)");
            }
        }

        return Task.CompletedTask;
    }
}
