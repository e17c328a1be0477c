using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Infrastructure.Outbox;

namespace PolicyBot.Dialogs.Infrastructure.Mail;

/// <summary>Registers mail: SMTP when a host is configured, else .eml files in the pickup folder, delivered through the outbox.</summary>
public static class MailServiceCollectionExtensions
{
    public static IServiceCollection AddPolicyMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<MailSettings>(configuration, MailSettings.SectionName);
        services.AddSingleton<IValidateOptions<MailSettings>, MailSettingsValidator>();
        services.AddSingleton<IMailTransport>(provider => provider.GetRequiredService<IOptions<MailSettings>>().Value.SmtpHost.Length > 0
            ? new SmtpMailTransport(provider.GetRequiredService<IOptions<MailSettings>>())
            : new PickupFolderTransport(provider.GetRequiredService<IOptions<MailSettings>>()));
        services.AddSingleton<IOutboxHandler, EmailOutboxHandler>();
        return services;
    }
}
