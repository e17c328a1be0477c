using Microsoft.Bot.Schema;

namespace PolicyBot.Bot.Endpoints;

/// <summary>The activity of a request, or the status it is refused with and why (our words, never the sender's).</summary>
internal sealed record ActivityReadResult(Activity? Activity, int Status, string? Problem)
{
    public static ActivityReadResult Read(Activity activity) => new(activity, StatusCodes.Status200OK, null);

    public static ActivityReadResult Refused(int status, string problem) => new(null, status, problem);
}
