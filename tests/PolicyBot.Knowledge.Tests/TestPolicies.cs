using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Answers;
using Microsoft.Extensions.Time.Testing;

namespace PolicyBot.Knowledge.Tests;

/// <summary>The real knowledge folder, as the bot ships it, and the test policies.</summary>
internal static class TestPolicies
{
    /// <summary>knowledge/ beside the test binaries: the same files the bot loads.</summary>
    public static string KnowledgeFolder => Path.Combine(AppContext.BaseDirectory, "knowledge");

    /// <summary>models/ beside the test binaries, as the bot ships it.</summary>
    public static string ModelsFolder => Path.Combine(AppContext.BaseDirectory, "models");

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static FakeTimeProvider Clock(int year = 2026, int month = 11, int day = 25) =>
        new(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero));

    private static readonly Lazy<PolicyKnowledgeBase> Shared = new(() => PolicyKnowledgeBase.Load(KnowledgeFolder, new KnowledgeOptions(), Clock()));

    /// <summary>One loaded knowledge base for tests that only read from it.</summary>
    public static PolicyKnowledgeBase Knowledge => Shared.Value;

    /// <summary>
    /// The shipped policy as Word writes it: apostrophes and closing quotes as ’, opening ones as ‘ (the data
    /// files quote it with straight ones).
    /// </summary>
    public static IReadOnlyList<PolicyBot.Knowledge.Documents.PolicyDocument> WithCurlyQuotes()
    {
        var text = File.ReadAllText(Path.Combine(KnowledgeFolder, "policies", "social-media-policy.txt"));
        var curly = System.Text.RegularExpressions.Regex.Replace(text, @"(?<=\w)'", "\u2019").Replace('\'', '\u2018');
        return [PolicyBot.Knowledge.Parsing.PolicyParser.Parse("social-media-policy", curly, PolicyBot.Knowledge.Parsing.PolicyFormat.PlainText)];
    }

    /// <summary>The development library's documents, as they were published, with no tuning written for them.</summary>
    public static string LibraryDev => TestData("library-dev");

    private static readonly Lazy<PolicyKnowledgeBase> SharedLibrary = new(() => PolicyKnowledgeBase.Load(KnowledgeFolder, [LibraryDev], new KnowledgeOptions(), Clock()));

    /// <summary>The shipped knowledge with the development library beside it.</summary>
    public static PolicyKnowledgeBase WithLibrary => SharedLibrary.Value;
}
