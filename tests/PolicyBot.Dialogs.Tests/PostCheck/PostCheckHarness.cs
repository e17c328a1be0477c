using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Infrastructure.Generation;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Dialogs.PostCheck;
using PolicyBot.Dialogs.Routing;
using PolicyBot.Dialogs.Versions;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.PostCheck;

/// <summary>A post-check dialog on a real SQLite file and the shipped knowledge folder, with a fake clock.</summary>
internal sealed class PostCheckHarness : IDisposable
{

    public PostCheckHarness(string? databasePath = null, FakeTimeProvider? clock = null, IDraftJudge? judge = null, bool reviewNotices = false)
    {
        DatabasePath = databasePath ?? Path.Combine(Directory.CreateTempSubdirectory().FullName, "bot.db");
        Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        var database = new SqliteDatabase(DatabasePath);
        TestDatabase.MigrateAsync(database).GetAwaiter().GetResult();
        Store = new PostCheckStore(database, Options.Create(new PostCheckSettings()), Clock);
        Dialog = new PostCheckDialog(SharedKnowledge.Provider, Store, Clock, judge is null ? null : new DraftJudgments(judge), reviewNotices ? new ReviewNotices(database, Clock, NullLogger<ReviewNotices>.Instance) : null);
    }

    public string DatabasePath { get; }

    /// <summary>The shipped knowledge folder, loaded once for the test run.</summary>
    public static Task<PolicyBot.Knowledge.PolicyKnowledgeBase> KnowledgeAsync() => SharedKnowledge.Provider.GetAsync(CancellationToken.None);

    public FakeTimeProvider Clock { get; }

    public PostCheckStore Store { get; }

    public PostCheckDialog Dialog { get; }

    public static Speaker Mere { get; } = new("29:mere", "Mere Tane", "personal");

    public static Speaker Sam { get; } = new("29:sam", "Sam Lee", "personal");

    /// <summary>Clicks "Next" with an answer on a question card, as Teams sends it.</summary>
    public async Task<JsonObject> AnswerAsync(JsonObject card, string answerId, Speaker who)
    {
        var data = ActionData(card, "postCheck.answer");
        data["answerId"] = answerId;
        return (await Dialog.HandleAsync(PostCheckAction.TryRead(data, "postCheck.answer")!, who, CancellationToken.None)).Replacement!;
    }

    public async Task<JsonObject> ClickAsync(JsonObject card, string verb, Speaker who) =>
        (await Dialog.HandleAsync(PostCheckAction.TryRead(ActionData(card, verb), verb)!, who, CancellationToken.None)).Replacement!;

    /// <summary>The data of the card's action with this verb, in the refresh block or the actions.</summary>
    public static JObject ActionData(JsonObject card, string verb)
    {
        var actions = (card["actions"]?.AsArray() ?? []).Append(card["refresh"]?["action"]);
        var action = actions.First(a => (string?)a?["verb"] == verb)!;
        return JObject.Parse(action["data"]!.ToJsonString());
    }

    public static string QuestionId(JsonObject card) => (string)ActionData(card, "postCheck.answer")["questionId"]!;

    public static string? Verdict(JsonObject card) => card["body"]!.AsArray().Any(e => (string?)e?["type"] == "Input.ChoiceSet")
        ? null
        : (string?)card["body"]![1]!["items"]![0]!["text"];

    /// <summary>The card as JSON without escapes, so assertions can look for apostrophes and quotes.</summary>
    public static string Text(JsonObject card) => card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public void Dispose() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
}
