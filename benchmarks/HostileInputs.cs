using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Benchmarks;

/// <summary>The cost of one answer to the long inputs the issue named: a 1,000-letter word, and a 100,000-character message.</summary>
internal static class HostileInputs
{
    public static void Run()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-25T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using var knowledge = PolicyKnowledgeBase.Load(Path.Combine(AppContext.BaseDirectory, "knowledge"), new KnowledgeOptions(), time);
        knowledge.Ask("can I retweet corrections tweets?");
        var random = new Random(7);
        var word = new string(Enumerable.Range(0, 1000).Select(_ => (char)('a' + random.Next(26))).ToArray());
        Measure(knowledge, "one 1,000-letter word", word);
        Measure(knowledge, "\"can I tweet \" + 990 letters (under the cap)", "can I tweet " + word[..988]);
        Measure(knowledge, "a 100,000-character message", "can I tweet " + string.Concat(Enumerable.Repeat(word + " ", 100)));
    }

    private static void Measure(PolicyKnowledgeBase knowledge, string name, string question)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var answer = knowledge.Ask(question);
        var elapsed = clock.Elapsed;
        Console.WriteLine($"{name}: {(answer.Answered ? "answered" : "refused or handed off")} in {elapsed.TotalMilliseconds:F1} ms, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0:F0} KB allocated");
    }
}
