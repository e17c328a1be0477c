namespace PolicyBot.Bot.Adapter;

/// <summary>A turn failed on values the sender put in the activity: the request is answered 400, with no apology.</summary>
internal sealed class MalformedActivityException : Exception
{
    public MalformedActivityException()
    {
    }

    public MalformedActivityException(string message)
        : base(message)
    {
    }

    public MalformedActivityException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
