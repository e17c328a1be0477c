namespace PolicyBot.Bot.Adapter;

/// <summary>No token can be checked just now (the signing keys cannot be fetched): the request is answered 503.</summary>
internal sealed class AuthenticationUnavailableException : Exception
{
    public AuthenticationUnavailableException()
    {
    }

    public AuthenticationUnavailableException(string message)
        : base(message)
    {
    }

    public AuthenticationUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>When it is worth trying again.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(10);
}
