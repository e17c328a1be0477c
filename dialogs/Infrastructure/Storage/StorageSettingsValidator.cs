using Microsoft.Extensions.Options;
using Npgsql;

namespace PolicyBot.Dialogs.Infrastructure.Storage;

/// <summary>Checks that a PostgreSQL connection string, when given, can be read; the message leaves the string out, as it may hold a password.</summary>
internal sealed class StorageSettingsValidator : IValidateOptions<StorageSettings>
{
    public ValidateOptionsResult Validate(string? name, StorageSettings options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PostgresConnectionString.Length == 0)
        {
            return ValidateOptionsResult.Success;
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(options.PostgresConnectionString);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail($"Storage:PostgresConnectionString is not a PostgreSQL connection string ({e.Message}).");
        }
    }
}
