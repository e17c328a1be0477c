using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure;
using PolicyBot.Dialogs.Infrastructure.Generation;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Infrastructure.Mail;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Infrastructure.Retention;
using PolicyBot.Dialogs.PostCheck;

namespace PolicyBot.Dialogs.Tests.Infrastructure;

public sealed class ValidatedOptionsTests
{
    public static TheoryData<string, string, Type, string> Mistakes() => new()
    {
        { "Escalations:TimeZone", "NZST", typeof(EscalationSettings), "Escalations:TimeZone 'NZST' is not a time zone this machine knows" },
        { "Escalations:Mailboxes:integrity", "integrity team", typeof(EscalationSettings), "Escalations:Mailboxes:integrity 'integrity team' is not an email address" },
        { "Escalations:ReminderAfterWorkingHours", "0", typeof(EscalationSettings), "Escalations:ReminderAfterWorkingHours must be between 0.1 and 1000 hours." },
        { "Knowledge:MinConfidence", "60", typeof(KnowledgeSettings), "Knowledge:MinConfidence must be between 0 and 1." },
        { "Knowledge:Folder", "/no/such/folder", typeof(KnowledgeSettings), "Knowledge:Folder '/no/such/folder' does not exist" },
        { "Knowledge:SemanticModel", "minilm", typeof(KnowledgeSettings), "Knowledge:SemanticModel 'minilm' is not a sentence model PolicyBot knows" },
        { "Knowledge:ModelsFolder", "/no/such/models", typeof(KnowledgeSettings), "Knowledge:ModelsFolder '/no/such/models' does not exist" },
        { "Knowledge:QueryCacheSize", "-1", typeof(KnowledgeSettings), "Knowledge:QueryCacheSize must be between 0 and 100000." },
        { "PostCheck:Expiry", "00:00:00", typeof(PostCheckSettings), "PostCheck:Expiry must be between a minute and a year" },
        { "Mail:Security", "TLS", typeof(MailSettings), "Mail:Security 'TLS' must be one of None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable." },
        { "Mail:SmtpPort", "0", typeof(MailSettings), "Mail:SmtpPort must be between 1 and 65535." },
        { "Outbox:MaxAttempts", "0", typeof(OutboxSettings), "Outbox:MaxAttempts must be between 1 and 1000." },
        { "AzureOpenAI:TimeoutSeconds", "0", typeof(AzureOpenAISettings), "AzureOpenAI:TimeoutSeconds must be between 0.1 and 300." },
        { "Retention:Questions", "00:00:00", typeof(RetentionSettings), "Retention:Questions must be between a day and ten years, or empty to keep them." },
        { "Retention:Questions", "-365.00:00:00", typeof(RetentionSettings), "Retention:Questions must be between a day and ten years, or empty to keep them." },
        { "MicrosoftAppId", "policybot", typeof(BotIdentity), "MicrosoftAppId must be empty (local mode) or the Azure Bot's app id" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Value_MistypedSetting_FailsWithAMessageNamingTheKey(string key, string value, Type settings, string expected)
    {
        await using var services = Services(new() { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(services, settings));

        Assert.Contains(failure.Failures, message => message.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(typeof(EscalationSettings))]
    [InlineData(typeof(KnowledgeSettings))]
    [InlineData(typeof(MailSettings))]
    [InlineData(typeof(OutboxSettings))]
    [InlineData(typeof(AzureOpenAISettings))]
    [InlineData(typeof(BotIdentity))]
    [InlineData(typeof(RetentionSettings))]
    public async Task Value_Defaults_AreValid(Type settings)
    {
        await using var services = Services([]);

        Assert.NotNull(Resolve(services, settings));
    }

    [Fact]
    public async Task Value_RetentionPeriodThatIsNotATimeSpan_FailsNamingTheKey()
    {
        await using var services = Services(new() { ["Retention:Questions"] = "ninety days" });

        var failure = Assert.Throws<InvalidOperationException>(() => Resolve(services, typeof(RetentionSettings)));

        Assert.Contains("'Retention:Questions'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Value_RetentionPeriodEmpty_KeepsThatKindForGood()
    {
        await using var services = Services(new() { ["Retention:Questions"] = string.Empty });

        var settings = (RetentionSettings)Resolve(services, typeof(RetentionSettings));

        Assert.Null(settings.Questions);
        Assert.Equal(TimeSpan.FromDays(90), settings.Feedback);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        settings["Storage:SqlitePath"] = Path.Combine(Directory.CreateTempSubdirectory("options").FullName, "bot.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddPolicyDialogs(configuration).BuildServiceProvider();
    }

    private static object Resolve(IServiceProvider services, Type settings)
    {
        var options = typeof(IOptions<>).MakeGenericType(settings);
        try
        {
            return options.GetProperty(nameof(IOptions<object>.Value))!.GetValue(services.GetRequiredService(options))!;
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is OptionsValidationException or InvalidOperationException)
        {
            // What the host would see starting: a value that fails validation, or one the binder cannot convert.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
