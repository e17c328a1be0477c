using System.Diagnostics;
using PolicyBot.Knowledge.Evaluation;
using PolicyBot.Knowledge.Retrieval.Semantic;

namespace PolicyBot.Benchmarks;

/// <summary>Milliseconds to encode one question, for each sentence model PolicyBot can run, as shipped and with 8-bit weights, on one thread.</summary>
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

            foreach (var precision in new[] { SentencePrecision.Full, SentencePrecision.Quantized })
            {
                // The quantized model is made once into a throwaway folder, then loaded from it as the bot does.
                var folder = Directory.CreateTempSubdirectory("policybot-encoder").FullName;
                SentenceEncoder.Load(models, model, 1, precision, folder).Dispose();
                var cpu = Environment.CpuUsage.TotalTime;
                var loading = Stopwatch.StartNew();
                using var encoder = SentenceEncoder.Load(models, model, 1, precision, folder);
                var loaded = loading.Elapsed.TotalMilliseconds;
                var loadCpu = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds;
                foreach (var question in questions.Take(50))
                {
                    encoder.EncodeQuery(question);
                }

                var samples = new List<double>();
                cpu = Environment.CpuUsage.TotalTime;
                for (var round = 0; round < 3; round++)
                {
                    foreach (var question in questions)
                    {
                        var start = Stopwatch.GetTimestamp();
                        encoder.EncodeQuery(question);
                        samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    }
                }

                var perQuestionCpu = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / samples.Count;
                samples.Sort();
                Console.WriteLine($"sentence model {model.Id}, {precision}, 1 thread: loaded in {loaded:F0} ms ({loadCpu:F0} ms CPU); a question in p50 {samples[samples.Count / 2]:F2} ms, p99 {samples[(int)(samples.Count * 0.99)]:F2} ms, {perQuestionCpu:F2} ms CPU ({samples.Count} encodings)");
                Directory.Delete(folder, recursive: true);
            }
        }

        return Task.CompletedTask;
    }
}
