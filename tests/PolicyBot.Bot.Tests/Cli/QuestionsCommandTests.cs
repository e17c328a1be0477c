using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using PolicyBot.Bot.Cli;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Dialogs.Insights;
using PolicyBot.TestHost;

namespace PolicyBot.Bot.Tests.Cli;

public sealed class QuestionsCommandTests
{
    [Fact]
    public async Task Run_QuestionsInTheLog_PrintsCountsSectionsAndHandOffs()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("policybot-cli").FullName, "bot.db");
        var database = new SqliteDatabase(path);
        await TestDatabase.MigrateAsync(database);
        var log = new QuestionLog(database, NullLogger<QuestionLog>.Instance, TimeProvider.System);
        log.Record(new AskedQuestion("can i post a pic in uniform", true, "Policy principles and standards > Standards > Be safe", "personal", DateTimeOffset.UtcNow.AddHours(-1)));
        log.Record(new AskedQuestion("how is overtime paid", false, null, "personal", DateTimeOffset.UtcNow.AddHours(-2)));
        await log.DisposeAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:SqlitePath"] = path }).Build();
        var output = new StringWriter();

        Assert.Equal(0, await QuestionsCommand.RunAsync(["--days", "7"], configuration, output, TextWriter.Null));

        var text = output.ToString();
        Assert.Contains("In the last 7 days: 2 asked, 1 answered, 1 handed to a person", text, StringComparison.Ordinal);
        Assert.Contains("not helpful. Questions are kept without names for 90 days.", text, StringComparison.Ordinal);
        Assert.Contains("    1  Policy principles and standards > Standards > Be safe", text, StringComparison.Ordinal);
        Assert.Contains("how is overtime paid", text, StringComparison.Ordinal);
        Assert.Contains($"Policies overdue for review:{Environment.NewLine}  Social Media Policy: review was due July 2017", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--days", "0")]
    [InlineData("--days", "many")]
    [InlineData("--weeks", "2")]
    public async Task Run_BadArguments_SaysHowAndExitsTwo(string option, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:SqlitePath"] = Path.Combine(Directory.CreateTempSubdirectory("policybot-cli").FullName, "bot.db") }).Build();
        var error = new StringWriter();

        Assert.Equal(2, await QuestionsCommand.RunAsync([option, value], configuration, TextWriter.Null, error));
        Assert.Contains("Usage: questions [--days N]", error.ToString(), StringComparison.Ordinal);
    }
}
