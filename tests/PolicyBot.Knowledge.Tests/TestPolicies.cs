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

    /// <summary>The development library's documents, as they were published, with no tuning written for them.</summary>
    public static string LibraryDev => TestData("library-dev");

    private static readonly Lazy<PolicyKnowledgeBase> SharedLibrary = new(() => PolicyKnowledgeBase.Load(KnowledgeFolder, [LibraryDev], new KnowledgeOptions(), Clock()));

    /// <summary>The shipped knowledge with the development library beside it.</summary>
    public static PolicyKnowledgeBase WithLibrary => SharedLibrary.Value;
}
