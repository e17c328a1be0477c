using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PolicyBot.Dialogs.Infrastructure;

/// <summary>Binds a settings class to its configuration section and checks it when the host starts, not at first use.</summary>
public static class ValidatedOptions
{
    /// <summary>
    /// Binds <typeparamref name="TSettings"/> to <paramref name="section"/> (the root for an empty name), validates its
    /// data annotations and any <c>IValidateOptions</c> registered for it, and does so at start-up: a mistyped value
    /// stops the bot starting with a message naming the key, instead of failing in the middle of a turn.
    /// </summary>
    public static IServiceCollection AddValidatedOptions<TSettings>(this IServiceCollection services, IConfiguration configuration, string section)
        where TSettings : class
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TSettings>()
            .Bind(section.Length == 0 ? configuration : configuration.GetSection(section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
