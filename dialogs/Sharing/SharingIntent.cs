namespace PolicyBot.Dialogs.Sharing;

/// <summary>Recognises a request for the policy at a glance, as the manifest's command list offers it.</summary>
internal static class SharingIntent
{
    private static readonly HashSet<string> Glance = new(StringComparer.OrdinalIgnoreCase)
    {
        "policy at a glance", "at a glance", "glance", "the policy at a glance", "policy summary", "summary", "onboarding",
    };

    public static bool IsGlance(string text) => Glance.Contains(text.Trim().TrimEnd('!', '.', '?'));
}
