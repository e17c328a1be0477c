using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Rest;

namespace PolicyBot.Bot.Adapter;

/// <summary>What made a turn fail, which decides what the request is answered and whether the person hears of it.</summary>
internal enum TurnFailureKind
{
    /// <summary>A value the sender put in the activity (card data of the wrong shape, a number out of range).</summary>
    Malformed,

    /// <summary>Teams refused or never answered a call to it (a reply, a roster look-up): 403, 404, 413, 429, 5xx or no connection.</summary>
    Connector,

    /// <summary>The request was abandoned by the caller.</summary>
    Aborted,

    /// <summary>Anything else: ours to fix.</summary>
    Bug,
}

/// <summary>Sorts the exception that ended a turn.</summary>
internal static class TurnFailure
{
    public static TurnFailureKind Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            exception = aggregate.InnerExceptions[0];
        }

        return exception switch
        {
            MalformedActivityException => TurnFailureKind.Malformed,
            ErrorResponseException or HttpOperationException or HttpRequestException => TurnFailureKind.Connector,

            // No token could be had for the bot to call Teams with (Entra ID unreachable or refusing the secret).
            Microsoft.Identity.Client.MsalException => TurnFailureKind.Connector,

            // HttpClient reports its own timeout as a cancellation carrying a TimeoutException.
            OperationCanceledException { InnerException: TimeoutException } => TurnFailureKind.Connector,
            OperationCanceledException => TurnFailureKind.Aborted,

            // Reading the sender's values: Newtonsoft's casts and conversions, System.Text.Json, argument checks.
            Newtonsoft.Json.JsonException or System.Text.Json.JsonException or InvalidCastException or FormatException or OverflowException or ArgumentException => TurnFailureKind.Malformed,
            _ => TurnFailureKind.Bug,
        };
    }

    /// <summary>The status Teams answered, when it answered at all.</summary>
    public static int? ConnectorStatus(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions.Count: 1 } aggregate => ConnectorStatus(aggregate.InnerExceptions[0]),
        ErrorResponseException error => (int?)error.Response?.StatusCode,
        HttpOperationException operation => (int?)operation.Response?.StatusCode,
        HttpRequestException request => (int?)request.StatusCode,
        _ => null,
    };

    /// <summary>True when Teams said the message itself was too big: a short apology may still get through.</summary>
    public static bool TooBig(Exception exception) => ConnectorStatus(exception) == (int)HttpStatusCode.RequestEntityTooLarge;
}
