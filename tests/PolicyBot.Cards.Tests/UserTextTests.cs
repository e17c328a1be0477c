using System.Text.Json.Nodes;

namespace PolicyBot.Cards.Tests;

/// <summary>No template lets text a person typed render as Markdown: every sample card, its user text replaced by a forgery.</summary>
public sealed class UserTextTests
{
    private const string Forgery = "[Verify your account](https://evil.example/login) **now** _please_ <https://evil.example> www.evil.example it@evil.example\n# Heading\n- item";

    [Fact]
    public void Render_EverySampleWithForgedUserText_ShowsItOnlyEscaped()
    {
        var forged = 0;
        foreach (var (name, (template, data)) in SampleCards.Data)
        {
            var scope = CardTemplate.ScopeOf(data);
            forged += Forge(scope);
            var card = CardTemplate.Render(template, scope);

            foreach (var text in MarkdownTexts(card))
            {
                Assert.False(text.Contains("](", StringComparison.Ordinal), $"{name}: a link in \"{text}\"");
                Assert.False(text.Contains("https://", StringComparison.Ordinal) || text.Contains("www.evil", StringComparison.Ordinal) || text.Contains("@evil.example", StringComparison.Ordinal), $"{name}: an address in \"{text}\"");
                Assert.False(text.Contains("**now", StringComparison.Ordinal) || text.Contains(" _please", StringComparison.Ordinal), $"{name}: emphasis in \"{text}\"");
                Assert.False(text.Contains('\n', StringComparison.Ordinal) && text.Contains("Heading", StringComparison.Ordinal), $"{name}: a heading in \"{text}\"");
            }
        }

        // The samples must carry user text for this to prove anything.
        Assert.True(forged >= 15, $"only {forged} user texts in the samples");
    }

    [Theory]
    [InlineData("a")]
    [InlineData("\u0101")]
    [InlineData("\uD83D\uDC4D")]
    public void Render_EverySampleWithFiveThousandCharacterUserText_StaysWithinTeamsLimit(string character)
    {
        // Non-ASCII characters are written as six-byte escapes in the card's JSON: the worst case for its size.
        var text = string.Concat(Enumerable.Repeat(character, 5000 / character.Length));
        foreach (var (name, (template, data)) in SampleCards.Data)
        {
            var scope = CardTemplate.ScopeOf(data);
            Forge(scope, text);

            var card = CardTemplate.Render(template, scope);

            var bytes = System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString());
            Assert.True(bytes <= CardLimits.MaxBytes, $"{name} is {bytes} bytes with 5,000-character user text");
        }
    }

    [Fact]
    public void QuestionReport_TenLongUnansweredQuestions_StaysWithinTeamsLimitAndShowsEach()
    {
        var question = string.Concat(Enumerable.Repeat("can I post about this? ", 230));
        var lines = Enumerable.Range(1, 10).Select(day => new ReportLine(question, $"{day} Nov")).ToList();

        var card = PolicyCards.QuestionReport(new QuestionReportCardData("the last 30 days", 20, 0, 20, 0, 10, [], lines, lines));

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString()) <= CardLimits.MaxBytes);
        Assert.Equal(20, MarkdownTexts(card).Count(text => text.StartsWith("- can I post about this?", StringComparison.Ordinal)));
    }

    [Fact]
    public void Render_ShortUserText_IsNotShortened()
    {
        var card = PolicyCards.Answer(SampleCards.Answer with { Question = new string('q', 1000) });

        Assert.All(card["actions"]!.AsArray(), action => Assert.Equal(1000, action!["data"]!["question"]!.GetValue<string>().Length));
    }

    [Fact]
    public void Render_ForgedQuestionInButtonData_IsKeptAsTyped()
    {
        var scope = CardTemplate.ScopeOf(SampleCards.Answer);
        Forge(scope);

        var card = CardTemplate.Render("answer", scope);

        // Button data goes back to the bot: it must be the question as asked, not its escaped form.
        Assert.All(card["actions"]!.AsArray(), action => Assert.Equal(Forgery, action!["data"]!["question"]!.GetValue<string>()));
    }

    [Fact]
    public void Render_ForgedTicketQuestion_ReadsAsTyped()
    {
        var card = PolicyCards.Ticket(new TicketCardData(1, "PB-1001", "Communications team", "Unassigned", "see [this](https://evil.example)", string.Empty, "Sam **Staff**", null, null, "25 Nov 2026 10:00"));

        var texts = MarkdownTexts(card).ToList();
        Assert.Contains("see \\[this\\]\u2060(https[:]//evil[.]example)", texts);
        Assert.Contains("Sam \\*\\*Staff\\*\\*", texts);
    }

    // Replaces the value of every user text in the data with the forgery; returns how many.
    private static int Forge(JsonNode? node, string forgery = Forgery)
    {
        switch (node)
        {
            case JsonObject obj when obj.Count == 1 && obj.ContainsKey(UserText.Marker):
                obj[UserText.Marker] = forgery;
                return 1;
            case JsonObject obj:
                return obj.Sum(pair => Forge(pair.Value, forgery));
            case JsonArray array:
                return array.Sum(item => Forge(item, forgery));
            default:
                return 0;
        }
    }

    // Every string the card renders as Markdown: TextBlock text and fact titles and values.
    private static IEnumerable<string> MarkdownTexts(JsonNode? node, string? container = null)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"]?.GetValue<string>() == "TextBlock" && obj["text"] is JsonValue text)
                {
                    yield return text.GetValue<string>();
                }

                if (container == "facts")
                {
                    yield return obj["title"]?.GetValue<string>() ?? string.Empty;
                    yield return obj["value"]?.GetValue<string>() ?? string.Empty;
                }

                foreach (var (key, value) in obj)
                {
                    foreach (var inner in MarkdownTexts(value, key))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in MarkdownTexts(item, container))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
