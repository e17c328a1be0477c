using Microsoft.Extensions.Time.Testing;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Parsing;
using PolicyBot.Knowledge.Versions;

namespace PolicyBot.Dialogs.Tests.Versions;

/// <summary>The shipped Social Media Policy and its revised copy (TestData/policies/revised, linked from the knowledge tests).</summary>
internal static class RevisedPolicy
{
    public const string PolicyId = "social-media-policy";
    public const string BeSafe = "policy-principles-and-standards/standards/be-safe";
    public const string DontComment = "policy-principles-and-standards/standards/dont-comment-on-corrections-matters";

    public static string ShippedPath => Path.Combine(AppContext.BaseDirectory, "knowledge", "policies", "social-media-policy.txt");

    public static string RevisedPath => Path.Combine(AppContext.BaseDirectory, "TestData", "policies", "revised", "social-media-policy.txt");

    public static PolicyDocument Shipped => PolicyLoader.LoadFile(ShippedPath);

    public static PolicyDocument Revised => PolicyLoader.LoadFile(RevisedPath);

    public static FakeTimeProvider Clock(int year = 2026, int month = 11, int day = 25) => new(new DateTimeOffset(year, month, day, 1, 0, 0, TimeSpan.Zero));

    public static PolicyVersion Version1 => PolicyVersion.Of(Shipped, 1, Clock());

    public static PolicyVersion Version2 => PolicyVersion.Of(Revised, 2, Clock(2027, 2, 20));
}
