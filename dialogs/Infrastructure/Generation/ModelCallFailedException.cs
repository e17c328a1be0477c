namespace PolicyBot.Dialogs.Infrastructure.Generation;

/// <summary>A model call that returned but gave nothing usable; counts as a failure for the circuit breaker.</summary>
public sealed class ModelCallFailedException : Exception
{
    public ModelCallFailedException()
    {
    }

    public ModelCallFailedException(string reason)
        : base(reason)
    {
    }

    public ModelCallFailedException(string reason, Exception inner)
        : base(reason, inner)
    {
    }
}
