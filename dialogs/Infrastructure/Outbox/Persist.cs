using System.Data.Common;

namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>
/// Retries a short write that must not be lost once a delivery has happened (its outcome, a posted card's id):
/// a database that blinks for a second would otherwise leave the message to run out its lease and go twice.
/// </summary>
internal static class Persist
{
    private const int Tries = 5;

    public static async Task WithRetriesAsync(Func<CancellationToken, Task> write, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await write(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception failure) when (attempt < Tries && failure is DbException or TimeoutException or IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 << attempt), time, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
